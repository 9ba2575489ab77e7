package dev.boxoffice.model.tree;

/**
 * Exact SHAP values of one tree for one row: the path-dependent TreeSHAP algorithm of Lundberg, Erion and Lee
 * (2018, Algorithm 2), as LightGBM and XGBoost implement it, with node cover as the background weight.
 * Stateless; each call allocates its own buffers.
 */
public final class TreeShap {
    private TreeShap() {}

    /**
     * Adds the contributions of {@code tree} for {@code row} to {@code phi}, times {@code scale}: per feature
     * into phi[0..width-1] and the tree's expected value into phi[width] (the bias slot).
     */
    public static void accumulate(DecisionTree tree, double[] row, double[] phi, double scale) {
        pathDependent(tree, row, phi, scale, Path.forDepth(tree.maxDepth()));
    }

    static void pathDependent(DecisionTree tree, double[] row, double[] phi, double scale, Path path) {
        int width = phi.length - 1;
        phi[width] += scale * tree.expectedValue();
        if (tree.isLeaf(0)) return;
        recurse(tree, row, phi, scale, 0, 0, 0, path, 1, 1, -1);
    }

    /** The unique path of features from the root, stored as parallel arrays for a cheap copy per level. */
    static final class Path {
        final int[] feature;
        final double[] zero;
        final double[] one;
        final double[] weight;

        /** Room for a tree of depth {@code maxDepth}. */
        static Path forDepth(int maxDepth) {
            int depth = maxDepth + 2;
            return new Path(depth * (depth + 1) / 2);
        }

        Path(int size) {
            feature = new int[size];
            zero = new double[size];
            one = new double[size];
            weight = new double[size];
        }
    }

    private static void recurse(DecisionTree tree, double[] row, double[] phi, double scale, int node,
                                int depth, int parentOffset, Path p, double parentZero, double parentOne,
                                int parentFeature) {
        int offset = parentOffset + depth;
        if (depth > 0) {
            System.arraycopy(p.feature, parentOffset, p.feature, offset, depth);
            System.arraycopy(p.zero, parentOffset, p.zero, offset, depth);
            System.arraycopy(p.one, parentOffset, p.one, offset, depth);
            System.arraycopy(p.weight, parentOffset, p.weight, offset, depth);
        }
        extend(p, offset, depth, parentZero, parentOne, parentFeature);
        if (tree.isLeaf(node)) {
            for (int i = 1; i <= depth; i++) {
                double w = unwoundSum(p, offset, depth, i);
                phi[p.feature[offset + i]] += scale * w * (p.one[offset + i] - p.zero[offset + i]) * tree.value(node);
            }
            return;
        }
        int splitFeature = tree.feature(node);
        int hot = tree.next(node, row[splitFeature]);
        int cold = hot == tree.left(node) ? tree.right(node) : tree.left(node);
        double w = tree.cover(node);
        double hotZero = tree.cover(hot) / w;
        double coldZero = tree.cover(cold) / w;
        double incomingZero = 1;
        double incomingOne = 1;
        // a feature already on the path is unwound so this split can redo it
        int pathIndex = 0;
        while (pathIndex <= depth && p.feature[offset + pathIndex] != splitFeature) pathIndex++;
        if (pathIndex != depth + 1) {
            incomingZero = p.zero[offset + pathIndex];
            incomingOne = p.one[offset + pathIndex];
            unwind(p, offset, depth, pathIndex);
            depth -= 1;
        }
        recurse(tree, row, phi, scale, hot, depth + 1, offset, p, hotZero * incomingZero, incomingOne, splitFeature);
        recurse(tree, row, phi, scale, cold, depth + 1, offset, p, coldZero * incomingZero, 0, splitFeature);
    }

    private static void extend(Path p, int o, int depth, double zero, double one, int feature) {
        p.feature[o + depth] = feature;
        p.zero[o + depth] = zero;
        p.one[o + depth] = one;
        p.weight[o + depth] = depth == 0 ? 1 : 0;
        for (int i = depth - 1; i >= 0; i--) {
            p.weight[o + i + 1] += one * p.weight[o + i] * (i + 1) / (double) (depth + 1);
            p.weight[o + i] = zero * p.weight[o + i] * (depth - i) / (double) (depth + 1);
        }
    }

    private static void unwind(Path p, int o, int depth, int pathIndex) {
        double one = p.one[o + pathIndex];
        double zero = p.zero[o + pathIndex];
        double nextOnePortion = p.weight[o + depth];
        for (int i = depth - 1; i >= 0; i--) {
            if (one != 0) {
                double tmp = p.weight[o + i];
                p.weight[o + i] = nextOnePortion * (depth + 1) / ((i + 1) * one);
                nextOnePortion = tmp - p.weight[o + i] * zero * (depth - i) / (double) (depth + 1);
            } else {
                p.weight[o + i] = p.weight[o + i] * (depth + 1) / (zero * (depth - i));
            }
        }
        for (int i = pathIndex; i < depth; i++) {
            p.feature[o + i] = p.feature[o + i + 1];
            p.zero[o + i] = p.zero[o + i + 1];
            p.one[o + i] = p.one[o + i + 1];
        }
    }

    private static double unwoundSum(Path p, int o, int depth, int pathIndex) {
        double one = p.one[o + pathIndex];
        double zero = p.zero[o + pathIndex];
        double nextOnePortion = p.weight[o + depth];
        double total = 0;
        for (int i = depth - 1; i >= 0; i--) {
            if (one != 0) {
                double tmp = nextOnePortion * (depth + 1) / ((i + 1) * one);
                total += tmp;
                nextOnePortion = p.weight[o + i] - tmp * zero * ((depth - i) / (double) (depth + 1));
            } else {
                total += (p.weight[o + i] / zero) / ((depth - i) / (double) (depth + 1));
            }
        }
        return total;
    }
}
