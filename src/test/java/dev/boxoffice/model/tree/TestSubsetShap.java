package dev.boxoffice.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestSubsetShap {
    private static final int WIDTH = 6;

    @Test
    void gives_treeshaps_values_on_the_tree_that_splits_one_feature_twice() {
        for (double[] row : new double[][]{{0, 0, 0}, {1, 2, 1}, {3, 4, -1}, {Double.NaN, 0.5, 2}}) {
            assertThat(subsetWalk(TestTreeShap.TREE, row)).containsExactly(pathAlgorithm(TestTreeShap.TREE, row), within(1e-12));
        }
    }

    @Test
    void gives_treeshaps_values_on_random_trees_with_repeated_features_and_missing_values() {
        Random random = new Random(7);
        for (int t = 0; t < 300; t++) {
            DecisionTree tree = randomTree(random, 1 + random.nextInt(8), 1 + random.nextInt(WIDTH));
            for (int r = 0; r < 5; r++) {
                double[] row = new double[WIDTH];
                for (int i = 0; i < WIDTH; i++) row[i] = randomValue(random);
                assertThat(subsetWalk(tree, row)).containsExactly(pathAlgorithm(tree, row), within(1e-9));
            }
        }
    }

    @Test
    void the_contributions_and_the_bias_add_up_to_the_prediction() {
        Random random = new Random(11);
        List<DecisionTree> trees = new ArrayList<>();
        for (int t = 0; t < 50; t++) trees.add(randomTree(random, 2 + random.nextInt(10), 4));
        double[] row = {0.3, -1.2, Double.NaN, 0.8, 0, 0};
        double[] phi = new double[WIDTH + 1];
        TreeExplainer.of(trees).accumulate(row, phi, 0.5);
        double prediction = trees.stream().mapToDouble(tree -> tree.predict(row)).sum() * 0.5;
        double total = 0;
        for (double c : phi) total += c;
        assertThat(total).isCloseTo(prediction, within(1e-9));
    }

    @Test
    void shallow_trees_over_few_features_take_the_subset_walk_and_deep_wide_ones_do_not() {
        assertThat(SubsetShap.cheaper(randomTree(new Random(1), 3, 3))).isTrue();
        DecisionTree deepAndWide = fullTree(new Random(2), 14, 13);
        assertThat(deepAndWide.usedFeatures().length).isGreaterThan(SubsetShap.MAX_FEATURES);
        assertThat(SubsetShap.cheaper(deepAndWide)).isFalse();
    }

    /** Mostly ordinary values, some missing, some exactly zero (LightGBM's zero-as-missing). */
    static double randomValue(Random random) {
        int kind = random.nextInt(10);
        return kind == 0 ? Double.NaN : kind == 1 ? 0.0 : random.nextGaussian();
    }

    private static double[] subsetWalk(DecisionTree tree, double[] row) {
        double[] phi = new double[row.length + 1];
        SubsetShap.accumulate(tree, row, phi, 1.0, new SubsetShap.Scratch());
        return phi;
    }

    private static double[] pathAlgorithm(DecisionTree tree, double[] row) {
        double[] phi = new double[row.length + 1];
        TreeShap.accumulate(tree, row, phi, 1.0);
        return phi;
    }

    /** A random full tree of the given depth over the first {@code features} features, covers adding up. */
    static DecisionTree randomTree(Random random, int depth, int features) {
        List<Node> nodes = new ArrayList<>();
        grow(random, nodes, depth, features, 1000 + random.nextInt(1000));
        return new DecisionTree(nodes, random.nextBoolean() ? Comparison.LESS_OR_EQUAL : Comparison.LESS_THAN_FLOAT);
    }

    /** A random tree with every leaf at {@code depth}. */
    static DecisionTree fullTree(Random random, int depth, int features) {
        List<Node> nodes = new ArrayList<>();
        grow(random, nodes, depth, features, 1e9, 0);
        return new DecisionTree(nodes, Comparison.LESS_OR_EQUAL);
    }

    private static int grow(Random random, List<Node> nodes, int depth, int features, double cover) {
        return grow(random, nodes, depth, features, cover, 6);
    }

    private static int grow(Random random, List<Node> nodes, int depth, int features, double cover, int leafOdds) {
        int index = nodes.size();
        nodes.add(null);
        if (depth == 0 || cover < 2 || (leafOdds > 0 && random.nextInt(leafOdds) == 0)) {
            nodes.set(index, Node.leaf(random.nextGaussian(), cover));
            return index;
        }
        double leftCover = Math.max(1, Math.floor(cover * (0.1 + 0.8 * random.nextDouble())));
        int left = grow(random, nodes, depth - 1, features, leftCover, leafOdds);
        int right = grow(random, nodes, depth - 1, features, cover - leftCover, leafOdds);
        nodes.set(index, new Node(random.nextInt(features), random.nextGaussian() * 0.7, left, right,
                random.nextBoolean(), Node.Missing.values()[random.nextInt(3)], 0, cover));
        return index;
    }
}
