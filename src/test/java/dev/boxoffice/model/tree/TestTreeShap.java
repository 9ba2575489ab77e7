package dev.boxoffice.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestTreeShap {
    /** Feature 0 is split twice on one path, which exercises TreeSHAP's unwinding. */
    static final DecisionTree TREE = new DecisionTree(List.of(
            split(0, 0.5, 1, 2, 100),
            split(1, 1.0, 3, 4, 60),
            split(0, 2.0, 5, 6, 40),
            split(2, 0.0, 7, 8, 35),
            Node.leaf(2.0, 25),
            Node.leaf(-1.0, 15),
            split(1, 3.0, 9, 10, 25),
            Node.leaf(0.5, 20),
            Node.leaf(1.5, 15),
            Node.leaf(4.0, 10),
            Node.leaf(-2.0, 15)), Comparison.LESS_OR_EQUAL);

    static Node split(int feature, double threshold, int left, int right, double cover) {
        return new Node(feature, threshold, left, right, true, Node.Missing.NAN, 0, cover);
    }

    /** The tree's expectation with the features in {@code known} fixed to {@code row}, the rest cover-weighted. */
    private static double expectation(DecisionTree t, int node, double[] row, int known) {
        if (t.isLeaf(node)) return t.value(node);
        int f = t.feature(node);
        if ((known & (1 << f)) != 0) return expectation(t, t.next(node, row[f]), row, known);
        int l = t.left(node), r = t.right(node);
        return (t.cover(l) * expectation(t, l, row, known) + t.cover(r) * expectation(t, r, row, known)) / t.cover(node);
    }

    /** Exact Shapley values of that set function, over all subsets. */
    private static double[] bruteForce(DecisionTree t, double[] row) {
        int m = row.length;
        double[] phi = new double[m + 1];
        for (int i = 0; i < m; i++) {
            for (int s = 0; s < (1 << m); s++) {
                if ((s & (1 << i)) != 0) continue;
                int size = Integer.bitCount(s);
                double weight = factorial(size) * factorial(m - size - 1) / factorial(m);
                phi[i] += weight * (expectation(t, 0, row, s | (1 << i)) - expectation(t, 0, row, s));
            }
        }
        phi[m] = expectation(t, 0, row, 0);
        return phi;
    }

    private static double factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    @Test
    void matches_brute_force_shapley_values_on_every_path() {
        double[][] rows = {{0.2, 0.5, -1}, {0.2, 0.5, 1}, {0.2, 2.0, 0}, {1.0, 0, 0}, {3.0, 2.0, 5}, {3.0, 4.0, -5}};
        for (double[] row : rows) {
            double[] phi = new double[4];
            TreeShap.accumulate(TREE, row, phi, 1.0);
            assertThat(phi).containsExactly(bruteForce(TREE, row), within(1e-12));
            assertThat(phi[0] + phi[1] + phi[2] + phi[3]).isCloseTo(TREE.predict(row), within(1e-12));
        }
    }

    @Test
    void bias_is_the_cover_weighted_mean_of_the_leaves_and_scale_multiplies_everything() {
        double expected = (2.0 * 25 - 1.0 * 15 + 0.5 * 20 + 1.5 * 15 + 4.0 * 10 - 2.0 * 15) / 100;
        assertThat(TREE.expectedValue()).isCloseTo(expected, within(1e-15));
        double[] once = new double[4];
        double[] half = new double[4];
        TreeShap.accumulate(TREE, new double[] {3, 2, 0}, once, 1.0);
        TreeShap.accumulate(TREE, new double[] {3, 2, 0}, half, 0.5);
        for (int i = 0; i < 4; i++) assertThat(half[i]).isCloseTo(once[i] / 2, within(1e-15));
    }

    @Test
    void a_single_leaf_contributes_only_its_value_to_the_bias() {
        DecisionTree leaf = new DecisionTree(List.of(Node.leaf(7.5, 10)), Comparison.LESS_OR_EQUAL);
        double[] phi = new double[3];
        TreeShap.accumulate(leaf, new double[] {1, 2}, phi, 1.0);
        assertThat(phi).containsExactly(0, 0, 7.5);
    }
}
