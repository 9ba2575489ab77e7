package dev.boxoffice.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestFlatForest {

    private static DecisionTree xgboostTree(Random random, int depth, int features) {
        DecisionTree t;
        do {
            t = TestSubsetShap.randomTree(random, depth, features);
        } while (t.comparison() != Comparison.LESS_THAN_FLOAT);
        return t;
    }

    private static float treeByTree(List<DecisionTree> trees, float base, double[] row) {
        float sum = base;
        for (DecisionTree t : trees) sum += (float) t.predict(row);
        return sum;
    }

    @Test
    void sums_exactly_the_leaves_the_trees_give_in_their_order() {
        Random random = new Random(11);
        List<DecisionTree> trees = new ArrayList<>();
        for (int i = 0; i < 300; i++) trees.add(xgboostTree(random, 1 + random.nextInt(6), 5));
        FlatForest forest = FlatForest.ofXgboost(trees);

        for (int r = 0; r < 2000; r++) {
            double[] row = new double[5];
            for (int f = 0; f < row.length; f++) {
                int kind = random.nextInt(6);
                row[f] = kind == 0 ? Double.NaN : kind == 1 ? 0.0 : kind == 2 ? -0.0 : random.nextGaussian() * 0.7;
            }
            assertThat(forest.sum(0.5f, row)).as("row %d", r).isEqualTo(treeByTree(trees, 0.5f, row));
        }
    }

    @Test
    void a_value_equal_to_the_threshold_or_below_it_only_in_double_goes_as_xgboost_sends_it() {
        double threshold = 0.1f;   // a float threshold, as XGBoost writes it
        DecisionTree stump = new DecisionTree(List.of(new Node(0, threshold, 1, 2, true, Node.Missing.NAN, 0, 2),
                Node.leaf(-1, 1), Node.leaf(1, 1)), Comparison.LESS_THAN_FLOAT);
        FlatForest forest = FlatForest.ofXgboost(List.of(stump));

        assertThat(forest.sum(0, new double[] {threshold})).as("equal: right").isEqualTo(1f);
        assertThat(forest.sum(0, new double[] {Math.nextDown(threshold)})).as("rounds up to the float: right")
                .isEqualTo(1f);
        assertThat(forest.sum(0, new double[] {Math.nextDown((float) threshold)})).as("a float below: left")
                .isEqualTo(-1f);
        assertThat(forest.sum(0, new double[] {Double.NaN})).as("missing: the default, left").isEqualTo(-1f);
    }

    @Test
    void a_single_leaf_tree_adds_its_value_and_other_libraries_trees_are_refused() {
        DecisionTree leaf = new DecisionTree(List.of(Node.leaf(0.25, 1)), Comparison.LESS_THAN_FLOAT);
        assertThat(FlatForest.ofXgboost(List.of(leaf, leaf)).sum(1f, new double[0])).isEqualTo(1.5f);

        DecisionTree lightGbm = new DecisionTree(List.of(Node.leaf(0.25, 1)), Comparison.LESS_OR_EQUAL);
        assertThatThrownBy(() -> FlatForest.ofXgboost(List.of(lightGbm))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XGBoost");
    }
}
