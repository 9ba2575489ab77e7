package dev.boxoffice.model.tree;

import java.util.ArrayDeque;
import java.util.List;

/**
 * XGBoost's trees laid out in one set of flat arrays, each split's two children side by side. Summing the
 * trees' leaves is the hot loop of every XGBoost prediction; here it walks contiguous memory with one
 * comparison per split, instead of a tree object and its library-generic comparison per tree (three times the
 * trees since the forecasting profile averages three boosters). The leaves are exactly {@link DecisionTree}'s,
 * summed in float in tree order as XGBoost sums them. Immutable and thread-safe.
 */
public final class FlatForest {
    private final int[] roots;
    /** The split feature, or -1 for a leaf. */
    private final int[] feature;
    /** The split threshold, or a leaf's value. */
    private final double[] thresholdOrValue;
    /** The left child; the right child is the slot after it. */
    private final int[] firstChild;
    private final boolean[] defaultLeft;

    private FlatForest(List<DecisionTree> trees) {
        int total = 0;
        for (DecisionTree t : trees) total += t.nodeCount();
        roots = new int[trees.size()];
        feature = new int[total];
        thresholdOrValue = new double[total];
        firstChild = new int[total];
        defaultLeft = new boolean[total];
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
                firstChild[slot] = next;
                queue.add(new int[] {tree.left(node), next++});
                queue.add(new int[] {tree.right(node), next++});
            }
        }
    }

    /**
     * Lays out trees grown by XGBoost.
     *
     * @throws IllegalArgumentException when a tree does not split the XGBoost way ({@link Comparison#LESS_THAN_FLOAT})
     */
    public static FlatForest ofXgboost(List<DecisionTree> trees) {
        for (DecisionTree t : trees) {
            if (t.comparison() != Comparison.LESS_THAN_FLOAT) {
                throw new IllegalArgumentException("a flat forest holds XGBoost's trees only, got " + t.comparison());
            }
        }
        return new FlatForest(trees);
    }

    /** {@code base} plus every tree's leaf for the row, in float and tree order. */
    public float sum(float base, double[] row) {
        float sum = base;
        for (int root : roots) {
            int n = root;
            int f;
            while ((f = feature[n]) >= 0) {
                double x = row[f];
                boolean left = x != x ? defaultLeft[n] : DecisionTree.xgboostGoesLeft(x, thresholdOrValue[n]);
                n = left ? firstChild[n] : firstChild[n] + 1;
            }
            sum += (float) thresholdOrValue[n];
        }
        return sum;
    }
}
