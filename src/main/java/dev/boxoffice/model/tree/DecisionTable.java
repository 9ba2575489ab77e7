package dev.boxoffice.model.tree;

import java.util.Arrays;

/**
 * One small tree's SHAP values for every combination of choices at its splits: bit i of a row's key says
 * whether the row goes right at the tree's i-th split. Rows with the same key get the same values, whatever
 * their features, so the table is exact.
 */
final class DecisionTable {
    private final DecisionTree tree;
    private final int[] splits;
    /** XGBoost's comparison, read from flat arrays on the hot path: the split's feature, threshold, NaN side. */
    private final boolean lessThanFloat;
    private final int[] splitFeature;
    private final double[] splitThreshold;
    private final boolean[] nanGoesRight;
    private final int[] features;
    /** values[key * features.length + j]: the contribution of features[j] for that key. */
    private final double[] values;
    private final double bias;

    private DecisionTable(DecisionTree tree, int[] splits, double[] values) {
        this.tree = tree;
        this.splits = splits;
        this.lessThanFloat = tree.comparison() == Comparison.LESS_THAN_FLOAT;
        this.splitFeature = new int[splits.length];
        this.splitThreshold = new double[splits.length];
        this.nanGoesRight = new boolean[splits.length];
        for (int i = 0; i < splits.length; i++) {
            splitFeature[i] = tree.feature(splits[i]);
            splitThreshold[i] = tree.threshold(splits[i]);
            nanGoesRight[i] = tree.next(splits[i], Double.NaN) != tree.left(splits[i]);
        }
        this.features = tree.usedFeatures();
        this.values = values;
        this.bias = tree.expectedValue();
    }

    /** How many doubles the table of {@code tree} holds. */
    static long entries(DecisionTree tree) {
        int splits = tree.nodeCount() - tree.leafCount();
        return splits >= 62 ? Long.MAX_VALUE : (1L << splits) * tree.usedFeatures().length;
    }

    /** Bit i set when the row goes right at split i, by the tree's own rules. */
    private int key(double[] row) {
        int key = 0;
        for (int i = 0; i < splits.length; i++) {
            int node = splits[i];
            if (tree.next(node, row[tree.feature(node)]) != tree.left(node)) key |= 1 << i;
        }
        return key;
    }

    /** {@link #key} for XGBoost's rule ({@link DecisionTree#xgboostGoesLeft}), read from flat arrays. */
    private int xgboostKey(double[] row) {
        int key = 0;
        for (int i = 0; i < splitFeature.length; i++) {
            double x = row[splitFeature[i]];
            boolean right = !DecisionTree.xgboostGoesLeft(x, splitThreshold[i], !nanGoesRight[i]);
            if (right) key |= 1 << i;
        }
        return key;
    }

    static DecisionTable of(DecisionTree tree) {
        int n = tree.nodeCount();
        int[] splits = new int[n - tree.leafCount()];
        int[] bitOf = new int[n];
        for (int node = 0, i = 0; node < n; node++) {
            if (!tree.isLeaf(node)) {
                bitOf[node] = i;
                splits[i++] = node;
            }
        }
        int[] used = tree.usedFeatures();
        int width = used.length == 0 ? 0 : used[used.length - 1] + 1;
        double[] values = new double[(1 << splits.length) * used.length];
        double[] phi = new double[width + 1];
        SubsetShap.Scratch scratch = new SubsetShap.Scratch();
        for (int key = 0; key < 1 << splits.length; key++) {
            Arrays.fill(phi, 0);
            int k = key;
            SubsetShap.accumulate(tree, node -> (k >>> bitOf[node] & 1) == 0 ? tree.left(node) : tree.right(node),
                    phi, 1.0, scratch);
            for (int j = 0; j < used.length; j++) values[key * used.length + j] = phi[used[j]];
        }
        return new DecisionTable(tree, splits, values);
    }

    void accumulate(double[] row, double[] phi, double scale) {
        int key = lessThanFloat ? xgboostKey(row) : key(row);
        int offset = key * features.length;
        for (int j = 0; j < features.length; j++) phi[features[j]] += scale * values[offset + j];
        phi[phi.length - 1] += scale * bias;
    }
}
