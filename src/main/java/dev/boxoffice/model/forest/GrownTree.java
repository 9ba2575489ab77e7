package dev.boxoffice.model.forest;

/**
 * A regression tree grown to its full depth, nodes in preorder (root 0). Every node, split or leaf, keeps the
 * weighted mean of its training rows, so the tree cut at any depth is the tree grown with that max depth.
 * Immutable once built by {@link TreeGrower}.
 */
final class GrownTree {
    final int[] feature;        // -1 for a leaf
    final double[] threshold;   // left when value <= threshold
    final int[] left;
    final int[] right;
    final boolean[] defaultLeft; // where NaN goes
    final double[] value;       // weighted mean of the node's rows
    final double[] weight;      // bootstrap weight of the node's rows
    final double[] gain;        // decrease in weighted squared error of the split
    final int[] depth;

    GrownTree(int[] feature, double[] threshold, int[] left, int[] right, boolean[] defaultLeft, double[] value,
              double[] weight, double[] gain, int[] depth) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.defaultLeft = defaultLeft;
        this.value = value;
        this.weight = weight;
        this.gain = gain;
        this.depth = depth;
    }

    /** Whether the node is a leaf of the tree cut at {@code maxDepth}. */
    boolean isLeaf(int node, int maxDepth) {
        return feature[node] < 0 || depth[node] >= maxDepth;
    }

    /** The prediction of the tree cut at {@code maxDepth}, evaluated as LightGBM evaluates the saved tree. */
    double predict(double[] row, int maxDepth) {
        int node = 0;
        while (!isLeaf(node, maxDepth)) {
            double x = row[feature[node]];
            if (Double.isNaN(x)) node = defaultLeft[node] ? left[node] : right[node];
            else node = x <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
    }

    /**
     * The predictions of the tree cut at each of {@code depths} (ascending) in one walk down the tree, written
     * to {@code out}; equal, value for value, to {@link #predict(double[], int)} at each depth.
     */
    void predictAtDepths(double[] row, int[] depths, double[] out) {
        int node = 0;
        int k = 0;
        while (k < depths.length) {
            if (isLeaf(node, depths[k])) {
                out[k++] = value[node];
                continue;
            }
            double x = row[feature[node]];
            if (Double.isNaN(x)) node = defaultLeft[node] ? left[node] : right[node];
            else node = x <= threshold[node] ? left[node] : right[node];
        }
    }

    int size() {
        return feature.length;
    }
}
