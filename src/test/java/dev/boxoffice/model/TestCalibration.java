package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestCalibration {
    // twelve films, none on a bin edge; bins, Brier and ECE worked by hand and checked with scikit-learn 1.2.1's
    // calibration_curve(strategy="uniform") and brier_score_loss
    private static final double[] LABELS = {0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1};
    private static final double[] PROBABILITIES = {0.02, 0.08, 0.15, 0.33, 0.38, 0.45, 0.62, 0.68, 0.71, 0.93, 0.97,
            0.99};

    @Test
    void bins_hold_count_mean_predicted_and_observed_rate() {
        Calibration c = Calibration.of(LABELS, PROBABILITIES, 10);

        assertThat(c.bins()).hasSize(10);
        assertThat(c.bins()).extracting(CalibrationBin::count).containsExactly(2, 1, 0, 2, 1, 0, 2, 1, 0, 3);
        double[] meanPredicted = {0.05, 0.15, Double.NaN, 0.355, 0.45, Double.NaN, 0.65, 0.71, Double.NaN,
                0.9633333333333333};
        double[] observed = {0.5, 0.0, Double.NaN, 0.5, 1.0, Double.NaN, 0.5, 1.0, Double.NaN, 2 / 3.0};
        for (int b = 0; b < 10; b++) {
            CalibrationBin bin = c.bins().get(b);
            assertThat(bin.lower()).isEqualTo(b / 10.0);
            assertThat(bin.upper()).isEqualTo((b + 1) / 10.0);
            if (Double.isNaN(meanPredicted[b])) {
                assertThat(bin.meanPredicted()).isNaN();
                assertThat(bin.observedRate()).isNaN();
            } else {
                assertThat(bin.meanPredicted()).as("bin %d", b).isCloseTo(meanPredicted[b], within(1e-12));
                assertThat(bin.observedRate()).as("bin %d", b).isCloseTo(observed[b], within(1e-12));
            }
        }
    }

    @Test
    void brier_and_expected_calibration_error_match_the_hand_computed_values() {
        Calibration c = Calibration.of(LABELS, PROBABILITIES, 10);

        assertThat(c.brier()).isCloseTo(0.2751583333333334, within(1e-12));
        assertThat(c.brier()).isCloseTo(ClassificationMetrics.of(LABELS, PROBABILITIES, 0.5).brier(), within(1e-15));
        // (2 * 0.45 + 1 * 0.15 + 2 * 0.145 + 1 * 0.55 + 2 * 0.15 + 1 * 0.29 + 3 * 0.2966...) / 12
        assertThat(c.expectedCalibrationError()).isCloseTo(0.2808333333333333, within(1e-12));
        assertThat(c.maxCalibrationError()).isCloseTo(0.55, within(1e-12));
        assertThat(c.n()).isEqualTo(12);
    }

    @Test
    void a_probability_on_an_edge_goes_to_the_bin_above_and_one_goes_to_the_last_bin() {
        double[] p = {0.0, 0.1, 0.3, Math.nextDown(0.3), 0.7, 0.9, 1.0};
        double[] y = {0, 0, 1, 0, 1, 1, 1};

        Calibration c = Calibration.of(y, p, 10);

        assertThat(c.bins()).extracting(CalibrationBin::count).containsExactly(1, 1, 1, 1, 0, 0, 0, 1, 0, 2);
        assertThat(c.bins().get(9).meanPredicted()).isCloseTo(0.95, within(1e-12));
    }

    @Test
    void perfectly_calibrated_bins_have_no_calibration_error() {
        double[] p = {0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75};
        double[] y = {1, 0, 0, 0, 1, 1, 1, 0};

        Calibration c = Calibration.of(y, p, 10);

        assertThat(c.expectedCalibrationError()).isZero();
        assertThat(c.brier()).isCloseTo(0.1875, within(1e-15));
    }

    @Test
    @SuppressWarnings("unchecked")
    void report_map_names_every_figure_and_leaves_empty_bins_unknown() {
        Map<String, Object> map = Calibration.of(LABELS, PROBABILITIES, 10).toMap();

        assertThat(map).containsOnlyKeys("brier", "expected_calibration_error", "max_calibration_error", "n", "bins");
        List<Map<String, Object>> bins = (List<Map<String, Object>>) map.get("bins");
        assertThat(bins).hasSize(10);
        assertThat(bins.get(0)).containsExactly(Map.entry("lower", 0.0), Map.entry("upper", 0.1), Map.entry("count", 2),
                Map.entry("mean_predicted", 0.05), Map.entry("observed_rate", 0.5));
        assertThat(bins.get(2)).containsEntry("count", 0).containsEntry("mean_predicted", null)
                .containsEntry("observed_rate", null);
    }

    @Test
    void rejects_probabilities_outside_zero_to_one_labels_other_than_zero_or_one_and_mismatched_lengths() {
        assertThatThrownBy(() -> Calibration.of(new double[] {1}, new double[] {1.2}, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probabilities[0]");
        assertThatThrownBy(() -> Calibration.of(new double[] {2}, new double[] {0.2}, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels01[0]");
        assertThatThrownBy(() -> Calibration.of(new double[] {1, 0}, new double[] {0.2}, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> Calibration.of(new double[0], new double[0], 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Calibration.of(new double[] {1}, new double[] {0.5}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binCount");
    }
}
