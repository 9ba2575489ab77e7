package dev.boxoffice.model.tree;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Trees of one library laid out in one set of flat arrays, each split's two children side by side. Summing the
 * trees' leaves is the hot loop of every boosted prediction; here it walks contiguous memory with the library's
 * comparison chosen once, instead of a tree object and a generic comparison per tree (three times the trees since
 * the forecasting profile averages three boosters). The leaves are exactly {@link DecisionTree}'s, summed in tree
 * order as the library sums them. Immutable and thread-safe.
 */
public final class FlatForest {
    private final boolean xgboost;
    private final int[] roots;
    /** The split feature, or -1 for a leaf. */
    private final int[] feature;
    /** The split threshold, or a leaf's value. */
    private final double[] thresholdOrValue;
    /** The left child; the right child is the slot after it. */
    private final int[] firstChild;
    private final boolean[] defaultLeft;
    private final Node.Missing[] missing;

    private FlatForest(List<DecisionTree> trees, Comparison comparison) {
        xgboost = comparison == Comparison.LESS_THAN_FLOAT;
        int total = 0;
        for (DecisionTree t : trees) total += t.nodeCount();
        roots = new int[trees.size()];
        feature = new int[total];
        thresholdOrValue = new double[total];
        firstChild = new int[total];
        defaultLeft = new boolean[total];
        missing = new Node.Missing[total];
        int next = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();   // {node in its tree, slot here}
        for (int t = 0; t < trees.size(); t++) {
            DecisionTree tree = trees.get(t);
            roots[t] = next;
            queue.add(new int[] {0, next++});
            while (!queue.isEmpty()) {
                int[] e = queue.poll();
                int node = e[0];
                int slot = e[1];
                if (tree.isLeaf(node)) {
                    feature[slot] = -1;
                    thresholdOrValue[slot] = tree.value(node);
                    continue;
                }
                feature[slot] = tree.feature(node);
                thresholdOrValue[slot] = tree.threshold(node);
                defaultLeft[slot] = tree.defaultLeft(node);
                missing[slot] = tree.missing(node);
                firstChild[slot] = next;
                queue.add(new int[] {tree.left(node), next++});
                queue.add(new int[] {tree.right(node), next++});
            }
        }
    }

    /**
     * Lays out trees grown by one library.
     *
     * @throws IllegalArgumentException when the trees do not all split the same way
     */
    public static FlatForest of(List<DecisionTree> trees) {
        Comparison comparison = trees.isEmpty() ? Comparison.LESS_OR_EQUAL : trees.get(0).comparison();
        for (DecisionTree t : trees) {
            if (t.comparison() != comparison) {
                throw new IllegalArgumentException("a flat forest holds one library's trees, got " + comparison
                        + " and " + t.comparison());
            }
        }
        return new FlatForest(trees, comparison);
    }

    /** {@code base} plus every tree's leaf for the row, summed in float in tree order, as XGBoost does. */
    public float floatSum(float base, double[] row) {
        float sum = base;
        for (int root : roots) sum += (float) thresholdOrValue[leaf(root, row)];
        return sum;
    }

    /** Every tree's leaf for the row, summed in double in tree order, as LightGBM does. */
    public double doubleSum(double[] row) {
        double sum = 0;
        for (int root : roots) sum += thresholdOrValue[leaf(root, row)];
        return sum;
    }

    private int leaf(int n, double[] row) {
        int f;
        while ((f = feature[n]) >= 0) {
            double x = row[f];
            boolean left = xgboost
                    ? DecisionTree.xgboostGoesLeft(x, thresholdOrValue[n], defaultLeft[n])
                    : DecisionTree.lightGbmGoesLeft(x, thresholdOrValue[n], missing[n], defaultLeft[n]);
            n = left ? firstChild[n] : firstChild[n] + 1;
        }
        return n;
    }
}
