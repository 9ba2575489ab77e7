package dev.boxoffice.model.tree;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The same SHAP values as {@link TreeShap}, computed the direct way for trees that split on few features: one
 * walk of the tree carries the path-dependent expectation E[f | x_S] for every subset S of the tree's own
 * features at once, then the Shapley formula combines them. Features a tree never splits on are dummy players
 * and get nothing, so only the tree's k features count: 2^k expectations, each updated with a multiplication
 * per node, against TreeSHAP's divisions per leaf and path depth squared. For the shallow boosted trees the
 * API serves this is several times faster; {@link TreeExplainer} picks whichever costs less per tree.
 */
final class SubsetShap {
    /** Above this many features per tree the 2^k expectations are never the cheaper way. */
    static final int MAX_FEATURES = 12;
    /** SHAPLEY[k][s] = s! (k - s - 1)! / k!, the weight of a coalition of size s among k players. */
    private static final double[][] SHAPLEY = shapleyWeights();

    private SubsetShap() {
    }

    /** Whether this way is expected to cost less than TreeSHAP for {@code tree}. */
    static boolean cheaper(DecisionTree tree) {
        int k = tree.usedFeatures().length;
        if (k > MAX_FEATURES) return false;
        long subsetWork = (long) tree.nodeCount() << k;
        long depth = tree.maxDepth() + 1;
        long treeShapWork = 4L * tree.leafCount() * depth * depth;
        return subsetWork <= treeShapWork;
    }

    /** Scratch space for a walk: expectations per subset and path weights per level. */
    static final class Scratch {
        double[] expectations = new double[0];
        double[] weights = new double[0];

        void fit(int subsets, int levels) {
            if (expectations.length < subsets) expectations = new double[subsets];
            if (weights.length < subsets * levels) weights = new double[subsets * levels];
        }
    }

    /** Adds {@code tree}'s contributions for {@code row} to {@code phi} times {@code scale}, bias last. */
    static void accumulate(DecisionTree tree, double[] row, double[] phi, double scale, Scratch scratch) {
        accumulate(tree, node -> tree.next(node, row[tree.feature(node)]), phi, scale, scratch);
    }

    /**
     * As {@link #accumulate(DecisionTree, double[], double[], double, Scratch)} for the row that takes child
     * {@code hotChild(node)} at every split: SHAP values see a row only through those choices.
     */
    static void accumulate(DecisionTree tree, IntUnaryOperator hotChild, double[] phi, double scale, Scratch scratch) {
        double bias = tree.expectedValue();
        phi[phi.length - 1] += scale * bias;
        int[] used = tree.usedFeatures();
        int k = used.length;
        if (k == 0) return;
        int subsets = 1 << k;
        scratch.fit(subsets, tree.maxDepth() + 1);
        double[] v = scratch.expectations;
        double[] w = scratch.weights;
        Arrays.fill(v, 0, subsets, 0.0);
        Arrays.fill(w, 0, subsets, 1.0);
        walk(tree, hotChild, 0, 0, subsets - 1, subsets, v, w);
        v[0] = bias;   // the empty coalition: the walk skips it, as it is the same for every row
        for (int j = 0; j < k; j++) {
            int bit = 1 << j;
            double sum = 0;
            for (int s = 0; s < subsets; s++) {
                if ((s & bit) == 0) sum += SHAPLEY[k][Integer.bitCount(s)] * (v[s | bit] - v[s]);
            }
            phi[used[j]] += scale * sum;
        }
    }

    /**
     * Pushes the path weights of every non-empty subset whose features all agree with the row so far
     * ({@code free}) down to the leaves. A subset holding a feature whose split the row did not take has weight 0,
     * so once every feature has been passed the other way only the empty subset is left and the walk stops.
     */
    private static void walk(DecisionTree t, IntUnaryOperator hotChild, int node, int level, int free, int subsets,
                             double[] v, double[] w) {
        int base = level * subsets;
        if (t.isLeaf(node)) {
            double value = t.value(node);
            for (int s = free; s > 0; s = (s - 1) & free) v[s] += w[base + s] * value;
            return;
        }
        int bit = 1 << t.localFeature(node);
        int hot = hotChild.applyAsInt(node);
        int cold = hot == t.left(node) ? t.right(node) : t.left(node);
        double cover = t.cover(node);
        double hotShare = cover > 0 ? t.cover(hot) / cover : 0.5;
        double coldShare = cover > 0 ? t.cover(cold) / cover : 0.5;
        int next = base + subsets;
        for (int s = free; s > 0; s = (s - 1) & free) {
            w[next + s] = (s & bit) != 0 ? w[base + s] : w[base + s] * hotShare;
        }
        walk(t, hotChild, hot, level + 1, free, subsets, v, w);
        int coldFree = free & ~bit;
        if (coldFree == 0) return;
        for (int s = coldFree; s > 0; s = (s - 1) & coldFree) w[next + s] = w[base + s] * coldShare;
        walk(t, hotChild, cold, level + 1, coldFree, subsets, v, w);
    }

    private static double[][] shapleyWeights() {
        double[][] weights = new double[MAX_FEATURES + 1][];
        for (int k = 1; k <= MAX_FEATURES; k++) {
            weights[k] = new double[k];
            for (int s = 0; s < k; s++) weights[k][s] = 1.0 / (k * binomial(k - 1, s));
        }
        return weights;
    }

    private static double binomial(int n, int r) {
        double b = 1;
        for (int i = 1; i <= r; i++) b = b * (n - r + i) / i;
        return b;
    }
}
