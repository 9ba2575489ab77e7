package dev.boxoffice.model.tree;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable binary decision tree whose root is node 0, evaluated exactly as the library that grew it
 * (see {@link Comparison} and {@link Node.Missing}). Thread-safe.
 */
public final class DecisionTree {
    /** LightGBM's threshold below which a value counts as zero. */
    private static final double ZERO_THRESHOLD = 1e-35f;

    private final Comparison comparison;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final boolean[] defaultLeft;
    private final Node.Missing[] missing;
    private final double[] value;
    private final double[] cover;
    private final int maxDepth;
    private final double expectedValue;
    /** The distinct features the splits use, ascending, and each node's index into them (-1 for a leaf). */
    private final int[] usedFeatures;
    private final int[] localFeature;
    private final int leafCount;

    /**
     * Builds a tree from its nodes, node 0 being the root.
     *
     * @throws IllegalArgumentException when a child index is out of range or the nodes do not form a tree
     */
    public DecisionTree(List<Node> nodes, Comparison comparison) {
        int n = nodes.size();
        if (n == 0) throw new IllegalArgumentException("a tree needs at least one node");
        this.comparison = comparison;
        feature = new int[n];
        threshold = new double[n];
        left = new int[n];
        right = new int[n];
        defaultLeft = new boolean[n];
        missing = new Node.Missing[n];
        value = new double[n];
        cover = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            feature[i] = node.feature();
            threshold[i] = node.threshold();
            left[i] = node.left();
            right[i] = node.right();
            defaultLeft[i] = node.defaultLeft();
            missing[i] = node.missing();
            value[i] = node.value();
            cover[i] = node.cover();
            if (!node.isLeaf() && (node.left() >= n || node.right() >= n)) {
                throw new IllegalArgumentException("node " + i + " has a child out of range [0, " + n + ")");
            }
        }
        maxDepth = depth(0, 0, new boolean[n]);
        expectedValue = weightedLeafMean();
        usedFeatures = Arrays.stream(feature).filter(f -> f >= 0).distinct().sorted().toArray();
        localFeature = new int[n];
        int leaves = 0;
        for (int i = 0; i < n; i++) {
            localFeature[i] = feature[i] < 0 ? -1 : Arrays.binarySearch(usedFeatures, feature[i]);
            if (feature[i] < 0) leaves++;
        }
        leafCount = leaves;
    }

    private int depth(int node, int d, boolean[] seen) {
        if (seen[node]) throw new IllegalArgumentException("node " + node + " is reached twice: not a tree");
        seen[node] = true;
        if (feature[node] < 0) return d;
        return Math.max(depth(left[node], d + 1, seen), depth(right[node], d + 1, seen));
    }

    /** The child of split node {@code node} that a row with {@code x} at the split's feature goes to. */
    int next(int node, double x) {
        boolean goesLeft = comparison == Comparison.LESS_THAN_FLOAT
                ? xgboostGoesLeft(x, threshold[node], defaultLeft[node])
                : lightGbmGoesLeft(x, threshold[node], missing[node], defaultLeft[node]);
        return goesLeft ? left[node] : right[node];
    }

    /** Whether LightGBM sends a value left: a plain comparison, unless it is NaN or zero and the split says so. */
    static boolean lightGbmGoesLeft(double x, double threshold, Node.Missing m, boolean defaultLeft) {
        if (x > ZERO_THRESHOLD || x < -ZERO_THRESHOLD) return x <= threshold;
        if (Double.isNaN(x) && m != Node.Missing.NAN) x = 0;
        if ((m == Node.Missing.ZERO && x >= -ZERO_THRESHOLD && x <= ZERO_THRESHOLD)
                || (m == Node.Missing.NAN && Double.isNaN(x))) {
            return defaultLeft;
        }
        return x <= threshold;
    }

    /** Whether XGBoost sends a value left: rounded to float, strictly below the threshold; NaN the default way. */
    static boolean xgboostGoesLeft(double x, double threshold, boolean defaultLeft) {
        return Double.isNaN(x) ? defaultLeft : (float) x < threshold;
    }

    /** The index of the leaf that {@code row} falls into. */
    public int leafIndex(double[] row) {
        int node = 0;
        while (feature[node] >= 0) node = next(node, row[feature[node]]);
        return node;
    }

    /** The value of the leaf that {@code row} falls into. */
    public double predict(double[] row) {
        return value[leafIndex(row)];
    }

    /** The mean leaf value weighted by cover: the tree's prediction when no feature is known. */
    public double expectedValue() {
        return expectedValue;
    }

    private double weightedLeafMean() {
        if (feature[0] < 0) return value[0];
        double sum = 0;
        for (int i = 0; i < feature.length; i++) {
            if (feature[i] < 0) sum += cover[i] / cover[0] * value[i];
        }
        return sum;
    }

    /** The highest feature index used by a split, or -1 for a single leaf. */
    public int maxFeature() {
        int max = -1;
        for (int f : feature) max = Math.max(max, f);
        return max;
    }

    /** The depth of the deepest leaf (0 for a single leaf). */
    public int maxDepth() { return maxDepth; }

    public int nodeCount() { return feature.length; }

    int feature(int node) { return feature[node]; }
    double threshold(int node) { return threshold[node]; }
    Comparison comparison() { return comparison; }
    int[] usedFeatures() { return usedFeatures; }
    int localFeature(int node) { return localFeature[node]; }
    int leafCount() { return leafCount; }
    int left(int node) { return left[node]; }
    int right(int node) { return right[node]; }
    boolean defaultLeft(int node) { return defaultLeft[node]; }
    Node.Missing missing(int node) { return missing[node]; }
    double value(int node) { return value[node]; }
    double cover(int node) { return cover[node]; }
    boolean isLeaf(int node) { return feature[node] < 0; }
}
