package dev.boxoffice.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestDecisionTree {
    private static DecisionTree stump(Comparison comparison, double threshold, boolean defaultLeft, Node.Missing m) {
        return new DecisionTree(List.of(new Node(0, threshold, 1, 2, defaultLeft, m, 0, 2),
                Node.leaf(-1, 1), Node.leaf(1, 1)), comparison);
    }

    @Test
    void lightgbm_goes_left_when_the_value_is_at_most_the_threshold() {
        DecisionTree t = stump(Comparison.LESS_OR_EQUAL, 0.5, false, Node.Missing.NONE);
        assertThat(t.predict(new double[] {0.5})).isEqualTo(-1);
        assertThat(t.predict(new double[] {Math.nextUp(0.5)})).isEqualTo(1);
    }

    @Test
    void lightgbm_missing_types_route_nan_and_zero_as_lightgbm_does() {
        // NONE: NaN is read as 0 and compared
        assertThat(stump(Comparison.LESS_OR_EQUAL, -1, true, Node.Missing.NONE).predict(new double[] {Double.NaN}))
                .isEqualTo(1);
        // NAN: NaN takes the default side, zero is compared
        assertThat(stump(Comparison.LESS_OR_EQUAL, -1, true, Node.Missing.NAN).predict(new double[] {Double.NaN}))
                .isEqualTo(-1);
        assertThat(stump(Comparison.LESS_OR_EQUAL, -1, true, Node.Missing.NAN).predict(new double[] {0}))
                .isEqualTo(1);
        // ZERO: zero and NaN take the default side
        assertThat(stump(Comparison.LESS_OR_EQUAL, -1, true, Node.Missing.ZERO).predict(new double[] {0}))
                .isEqualTo(-1);
        assertThat(stump(Comparison.LESS_OR_EQUAL, -1, true, Node.Missing.ZERO).predict(new double[] {Double.NaN}))
                .isEqualTo(-1);
    }

    @Test
    void xgboost_rounds_the_value_to_float_and_goes_left_only_below_the_threshold() {
        DecisionTree t = stump(Comparison.LESS_THAN_FLOAT, 0.1f, false, Node.Missing.NAN);
        // 0.1 < 0.1f in double, but (float) 0.1 == 0.1f, which XGBoost sends right
        assertThat(t.predict(new double[] {0.1})).isEqualTo(1);
        assertThat(t.predict(new double[] {0.09})).isEqualTo(-1);
        assertThat(t.predict(new double[] {Double.NaN})).isEqualTo(1);
        assertThat(stump(Comparison.LESS_THAN_FLOAT, 0.1f, true, Node.Missing.NAN).predict(new double[] {Double.NaN}))
                .isEqualTo(-1);
    }

    @Test
    void reports_depth_and_rejects_nodes_that_do_not_form_a_tree() {
        assertThat(TestTreeShap.TREE.maxDepth()).isEqualTo(3);
        assertThat(TestTreeShap.TREE.maxFeature()).isEqualTo(2);
        assertThatThrownBy(() -> new DecisionTree(List.of(new Node(0, 0, 1, 1, false, Node.Missing.NAN, 0, 1),
                Node.leaf(0, 1)), Comparison.LESS_OR_EQUAL)).hasMessageContaining("not a tree");
        assertThatThrownBy(() -> new DecisionTree(List.of(new Node(0, 0, 1, 5, false, Node.Missing.NAN, 0, 1),
                Node.leaf(0, 1)), Comparison.LESS_OR_EQUAL)).hasMessageContaining("out of range");
    }
}
