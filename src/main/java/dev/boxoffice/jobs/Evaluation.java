package dev.boxoffice.jobs;

import dev.boxoffice.model.Calibration;
import dev.boxoffice.model.ClassificationMetrics;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a trained model on the validation and test rows of a split. Test metrics always cover the
 * complete test split; "test_plausible" adds the test rows whose budget and revenue are plausible.
 */
final class Evaluation {
    private Evaluation() {
    }

    /**
     * The parts of one evaluation: validation, test, which of their rows have plausible money, and the
     * validation rows the trainers may use for early stopping (all of them, or only plausible ones when
     * flagged films are left out of fitting).
     */
    record Parts(TrainingSet validation, boolean[] validationPlausible, TrainingSet test, boolean[] testPlausible,
                 TrainingSet validationForFit) {
    }

    static ModelResult regression(TrainedModel model, double fitSeconds, Parts parts, List<String> notes) {
        return regression(model, model, fitSeconds, parts, notes);
    }

    /**
     * Scores a regressor chosen on validation and then refitted: validation metrics (and the interval's width)
     * are the chosen model's, test metrics the refitted model's, which is the one kept.
     */
    static ModelResult regression(TrainedModel chosen, TrainedModel model, double fitSeconds, Parts parts,
                                  List<String> notes) {
        double[] val = chosen.predictAll(parts.validation().matrix());
        double[] test = model.predictAll(parts.test().matrix());
        Map<String, Map<String, Object>> metrics = new LinkedHashMap<>();
        metrics.put("val", RegressionMetrics.of(parts.validation().targets(), val).toMap());
        metrics.put("val_plausible", RegressionMetrics.of(select(parts.validation().targets(),
                parts.validationPlausible()), select(val, parts.validationPlausible())).toMap());
        metrics.put("test", RegressionMetrics.of(parts.test().targets(), test).toMap());
        double[] plausibleActual = select(parts.test().targets(), parts.testPlausible());
        double[] plausiblePredicted = select(test, parts.testPlausible());
        metrics.put("test_plausible", RegressionMetrics.of(plausibleActual, plausiblePredicted).toMap());
        ConformalInterval interval = ConformalInterval.fit(parts.validation().targets(), val);
        metrics.put("interval", interval.toMap(interval.coverage(parts.test().targets(), test),
                interval.coverage(plausibleActual, plausiblePredicted)));
        return new ModelResult(model, fitSeconds, metrics, test, notes);
    }

    /**
     * Classifier metrics at 0.5 and at the threshold that maximises F1 on validation (then applied to test), and
     * the calibration of the probabilities on validation and test.
     */
    static ModelResult classification(TrainedModel model, double fitSeconds, Parts parts, List<String> notes) {
        double[] val = model.predictAll(parts.validation().matrix());
        double[] test = model.predictAll(parts.test().matrix());
        double[] valLabels = parts.validation().targets();
        double[] testLabels = parts.test().targets();
        double threshold = ClassificationMetrics.bestF1Threshold(valLabels, val);
        Map<String, Map<String, Object>> metrics = new LinkedHashMap<>();
        metrics.put("val", ClassificationMetrics.of(valLabels, val, 0.5).toMap());
        metrics.put("val_plausible", ClassificationMetrics.of(select(valLabels, parts.validationPlausible()),
                select(val, parts.validationPlausible()), 0.5).toMap());
        metrics.put("test", ClassificationMetrics.of(testLabels, test, 0.5).toMap());
        metrics.put("test_best_f1", ClassificationMetrics.of(testLabels, test, threshold).toMap());
        metrics.put("test_plausible", ClassificationMetrics.of(select(testLabels, parts.testPlausible()),
                select(test, parts.testPlausible()), 0.5).toMap());
        Map<String, Calibration> calibration = Map.of("val", Calibration.of(valLabels, val, Calibration.REPORT_BINS),
                "test", Calibration.of(testLabels, test, Calibration.REPORT_BINS));
        return new ModelResult(model, fitSeconds, metrics, test, notes, calibration);
    }

    static double[] select(double[] values, boolean[] keep) {
        int n = 0;
        for (boolean k : keep) if (k) n++;
        double[] out = new double[n];
        int j = 0;
        for (int i = 0; i < values.length; i++) if (keep[i]) out[j++] = values[i];
        return out;
    }
}
