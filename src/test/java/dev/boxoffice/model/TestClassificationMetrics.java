package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestClassificationMetrics {
    // ties at 0.8 (1 hit, 1 miss), 0.5 (1, 1) and 0.3 (1, 2); expected values from scikit-learn 1.2.1
    private static final double[] LABELS = {1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1};
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.7, 0.55, 0.5, 0.5, 0.3, 0.3, 0.3, 0.1, 0.65};

    @Test
    void auc_counts_ties_as_half_like_roc_auc_score() {
        assertThat(ClassificationMetrics.auc(LABELS, SCORES)).isCloseTo(0.7500000000000001, within(1e-12));
    }

    @Test
    void metrics_at_one_half_match_sklearn() {
        ClassificationMetrics m = ClassificationMetrics.of(LABELS, SCORES, 0.5);
        assertThat(m.f1()).isCloseTo(0.7142857142857143, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.625, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.8333333333333334, within(1e-12));
        assertThat(m.accuracy()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(m.brier()).isCloseTo(0.19874999999999998, within(1e-12));
        assertThat(m.n()).isEqualTo(12);
        assertThat(m.positives()).isEqualTo(6);
        assertThat(m.toMap()).containsKeys("auc", "f1", "precision", "recall", "accuracy", "threshold", "brier");
    }

    @Test
    void best_f1_threshold_is_the_argmax_of_the_precision_recall_curve() {
        double t = ClassificationMetrics.bestF1Threshold(LABELS, SCORES);
        assertThat(t).isEqualTo(0.65);
        assertThat(ClassificationMetrics.of(LABELS, SCORES, t).f1()).isCloseTo(0.7272727272727272, within(1e-12));
    }

    @Test
    void roc_curve_matches_sklearn_without_dropped_points() {
        List<CurvePoint> roc = ClassificationMetrics.roc(LABELS, SCORES);
        double[] fpr = {0, 0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 2 / 6.0, 3 / 6.0, 5 / 6.0, 1};
        double[] tpr = {0, 1 / 6.0, 2 / 6.0, 3 / 6.0, 4 / 6.0, 4 / 6.0, 5 / 6.0, 1, 1};
        double[] thresholds = {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.7, 0.65, 0.55, 0.5, 0.3, 0.1};
        assertThat(roc).hasSize(9);
        for (int i = 0; i < roc.size(); i++) {
            assertThat(roc.get(i).x()).isCloseTo(fpr[i], within(1e-12));
            assertThat(roc.get(i).y()).isCloseTo(tpr[i], within(1e-12));
            assertThat(roc.get(i).threshold()).isEqualTo(thresholds[i]);
        }
    }

    @Test
    void precision_recall_curve_matches_sklearn_from_the_highest_threshold() {
        List<CurvePoint> pr = ClassificationMetrics.precisionRecall(LABELS, SCORES);
        double[] recall = {0, 1 / 6.0, 2 / 6.0, 3 / 6.0, 4 / 6.0, 4 / 6.0, 5 / 6.0, 1, 1};
        double[] precision = {1, 1, 0.6666666666666666, 0.75, 0.8, 0.6666666666666666, 0.625, 0.5454545454545454, 0.5};
        assertThat(pr).hasSize(9);
        for (int i = 0; i < pr.size(); i++) {
            assertThat(pr.get(i).x()).isCloseTo(recall[i], within(1e-12));
            assertThat(pr.get(i).y()).isCloseTo(precision[i], within(1e-12));
        }
    }

    @Test
    void nothing_called_positive_gives_zero_precision_and_f1() {
        ClassificationMetrics m = ClassificationMetrics.of(LABELS, SCORES, 0.95);
        assertThat(m.precision()).isZero();
        assertThat(m.recall()).isZero();
        assertThat(m.f1()).isZero();
    }

    @Test
    void one_class_gives_nan_auc_and_no_curve() {
        double[] ones = {1, 1, 1};
        double[] s = {0.2, 0.5, 0.9};
        assertThat(ClassificationMetrics.auc(ones, s)).isNaN();
        assertThatThrownBy(() -> ClassificationMetrics.roc(ones, s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both classes");
    }

    @Test
    void rejects_labels_other_than_zero_and_one_and_probabilities_outside_the_unit_interval() {
        assertThatThrownBy(() -> ClassificationMetrics.of(new double[] {0, 2}, new double[] {0.1, 0.2}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels[1]");
        assertThatThrownBy(() -> ClassificationMetrics.of(new double[] {0, 1}, new double[] {0.1, 1.2}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probabilities[1]");
    }
}
