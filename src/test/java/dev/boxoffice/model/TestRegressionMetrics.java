package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestRegressionMetrics {
    // expected values computed once with scikit-learn 1.2.1 / numpy (see the report of the model branch)
    private static final double[] ACTUAL = {17.2, 15.9, 0.0, 18.4, 12.1, 19.0, 16.3, 14.8};
    private static final double[] PREDICTED = {16.8, 16.5, 1.2, 17.9, 13.4, 18.1, 16.0, 15.9};

    @Test
    void matches_sklearn_rmse_r2_mae_in_log_space() {
        RegressionMetrics m = RegressionMetrics.of(ACTUAL, PREDICTED);
        assertThat(m.rmse()).isCloseTo(0.8667467911679856, within(1e-12));
        assertThat(m.r2()).isCloseTo(0.9771820170755205, within(1e-12));
        assertThat(m.mae()).isCloseTo(0.7874999999999998, within(1e-12));
        assertThat(m.n()).isEqualTo(8);
    }

    @Test
    void dollar_metrics_use_expm1_and_skip_zero_revenue_for_the_percentage() {
        RegressionMetrics m = RegressionMetrics.of(ACTUAL, PREDICTED);
        assertThat(m.maeUsd()).isCloseTo(21218524.324848756, within(1e-4));
        assertThat(m.medianApe()).isCloseTo(0.5934303435842698, within(1e-12));
    }

    @Test
    void to_map_has_the_report_keys() {
        assertThat(RegressionMetrics.of(ACTUAL, PREDICTED).toMap())
                .containsOnlyKeys("rmse", "r2", "mae", "mae_usd", "median_ape", "n");
    }

    @Test
    void constant_target_scores_r2_like_sklearn_force_finite() {
        assertThat(RegressionMetrics.of(new double[] {3, 3}, new double[] {3, 3}).r2()).isEqualTo(1.0);
        assertThat(RegressionMetrics.of(new double[] {3, 3}, new double[] {3, 4}).r2()).isEqualTo(0.0);
    }

    @Test
    void median_ape_is_nan_when_every_actual_revenue_is_zero() {
        assertThat(RegressionMetrics.of(new double[] {0, 0}, new double[] {1, 2}).medianApe()).isNaN();
    }

    @Test
    void rejects_mismatched_lengths_empty_input_and_non_finite_values() {
        assertThatThrownBy(() -> RegressionMetrics.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 1");
        assertThatThrownBy(() -> RegressionMetrics.of(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegressionMetrics.of(new double[] {1, 2}, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted[1]");
    }
}
