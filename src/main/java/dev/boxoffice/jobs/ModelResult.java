package dev.boxoffice.jobs;

import dev.boxoffice.model.Calibration;
import dev.boxoffice.model.TrainedModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One trained model with its evaluation: metrics per part ("val", "test", and "test_plausible" for the
 * test rows whose money is plausible), its predictions on the test rows, lines worth printing (the forest
 * grid's winner, the C sweep) and, for a classifier, the calibration of its hit probabilities per part ("val",
 * "test"; empty for a regressor).
 */
public record ModelResult(TrainedModel model, double fitSeconds, Map<String, Map<String, Object>> metrics,
                          double[] testPredictions, List<String> notes, Map<String, Calibration> calibration) {
    public ModelResult {
        Objects.requireNonNull(model, "model");
        metrics = Map.copyOf(metrics);
        testPredictions = testPredictions.clone();
        notes = List.copyOf(notes);
        calibration = Map.copyOf(calibration);
    }

    /** A result without calibration (a regressor's). */
    public ModelResult(TrainedModel model, double fitSeconds, Map<String, Map<String, Object>> metrics,
                       double[] testPredictions, List<String> notes) {
        this(model, fitSeconds, metrics, testPredictions, notes, Map.of());
    }

    public String name() {
        return model.name();
    }

    /** A metric of a part, e.g. metric("val", "rmse"); NaN when absent. */
    public double metric(String part, String key) {
        Map<String, Object> m = metrics.get(part);
        Object v = m == null ? null : m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Override
    public double[] testPredictions() {
        return testPredictions.clone();
    }
}
