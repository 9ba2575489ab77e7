package dev.boxoffice.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestFlatForest {

    private static List<DecisionTree> randomTrees(Random random, Comparison comparison) {
        List<DecisionTree> trees = new ArrayList<>();
        while (trees.size() < 300) {
            DecisionTree t = TestSubsetShap.randomTree(random, 1 + random.nextInt(6), 5);
            if (t.comparison() == comparison) trees.add(t);
        }
        return trees;
    }

    /** Rows with NaN, zeros of both signs and ordinary values, which every missing-value rule treats apart. */
    private static double[] randomRow(Random random) {
        double[] row = new double[5];
        for (int f = 0; f < row.length; f++) {
            int kind = random.nextInt(6);
            row[f] = kind == 0 ? Double.NaN : kind == 1 ? 0.0 : kind == 2 ? -0.0 : random.nextGaussian() * 0.7;
        }
        return row;
    }

    @Test
    void sums_exactly_the_leaves_xgboosts_trees_give_in_float_in_their_order() {
        Random random = new Random(11);
        List<DecisionTree> trees = randomTrees(random, Comparison.LESS_THAN_FLOAT);
        FlatForest forest = FlatForest.of(trees);

        for (int r = 0; r < 2000; r++) {
            double[] row = randomRow(random);
            float expected = 0.5f;
            for (DecisionTree t : trees) expected += (float) t.predict(row);
            assertThat(forest.floatSum(0.5f, row)).as("row %d", r).isEqualTo(expected);
        }
    }

    @Test
    void sums_exactly_the_leaves_lightgbms_trees_give_in_double_with_their_missing_value_rules() {
        Random random = new Random(12);
        List<DecisionTree> trees = randomTrees(random, Comparison.LESS_OR_EQUAL);
        FlatForest forest = FlatForest.of(trees);

        for (int r = 0; r < 2000; r++) {
            double[] row = randomRow(random);
            double expected = 0;
            for (DecisionTree t : trees) expected += t.predict(row);
            assertThat(forest.doubleSum(row)).as("row %d", r).isEqualTo(expected);
        }
    }

    @Test
    void a_value_equal_to_the_threshold_or_below_it_only_in_double_goes_as_xgboost_sends_it() {
        double threshold = 0.1f;   // a float threshold, as XGBoost writes it
        DecisionTree stump = new DecisionTree(List.of(new Node(0, threshold, 1, 2, true, Node.Missing.NAN, 0, 2),
                Node.leaf(-1, 1), Node.leaf(1, 1)), Comparison.LESS_THAN_FLOAT);
        FlatForest forest = FlatForest.of(List.of(stump));

        assertThat(forest.floatSum(0, new double[] {threshold})).as("equal: right").isEqualTo(1f);
        assertThat(forest.floatSum(0, new double[] {Math.nextDown(threshold)})).as("rounds up to the float: right")
                .isEqualTo(1f);
        assertThat(forest.floatSum(0, new double[] {Math.nextDown((float) threshold)})).as("a float below: left")
                .isEqualTo(-1f);
        assertThat(forest.floatSum(0, new double[] {Double.NaN})).as("missing: the default, left").isEqualTo(-1f);
    }

    @Test
    void a_single_leaf_tree_adds_its_value_and_two_libraries_trees_are_refused_together() {
        DecisionTree leaf = new DecisionTree(List.of(Node.leaf(0.25, 1)), Comparison.LESS_THAN_FLOAT);
        assertThat(FlatForest.of(List.of(leaf, leaf)).floatSum(1f, new double[0])).isEqualTo(1.5f);

        DecisionTree lightGbm = new DecisionTree(List.of(Node.leaf(0.25, 1)), Comparison.LESS_OR_EQUAL);
        assertThatThrownBy(() -> FlatForest.of(List.of(leaf, lightGbm))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one library");
    }
}
