package dev.boxoffice.jobs;

import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainingSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of a training run: every model's metrics, the winners, and what was trained on. */
public record TrainReport(Profile profile, FeatureSet featureSet, RowCounts rows, List<ModelResult> results,
                          TrainingSet test, double[] testLabels, boolean[] testPlausible, long seed,
                          String trainingFingerprint, String selectionPart, double seconds) {
    public TrainReport {
        results = List.copyOf(results);
        testLabels = testLabels.clone();
        testPlausible = testPlausible.clone();
    }

    public List<ModelResult> regressors() {
        return results.stream().filter(r -> r.model().task() == Task.REGRESSION).toList();
    }

    public List<ModelResult> classifiers() {
        return results.stream().filter(r -> r.model().task() == Task.CLASSIFICATION).toList();
    }

    /**
     * Validation RMSEs this close to the lowest (relatively) are a tie: the models differ by less than the
     * noise of a few hundred validation films, so the one cheaper to serve is promoted.
     */
    public static final double RMSE_TIE = 0.005;
    /** Regressors from the cheapest to serve to the dearest: a forest's exact explanation costs milliseconds. */
    public static final List<String> SERVING_COST_ORDER =
            List.of("linear_regression", "xgboost", "gradient_boosting", "random_forest", "ensemble");

    /**
     * The regressor with the lowest validation RMSE, chosen on validation, never on test (on the plausible
     * validation films when flagged films were left out of fitting: see {@link #selectionPart()}); among those
     * within {@link #RMSE_TIE} of it, the first in {@link #SERVING_COST_ORDER}.
     */
    public ModelResult bestRegressor() {
        double lowest = regressors().stream().mapToDouble(r -> r.metric(selectionPart, "rmse")).min().orElseThrow();
        return regressors().stream().filter(r -> r.metric(selectionPart, "rmse") <= lowest * (1 + RMSE_TIE))
                .min(Comparator.comparingInt(r -> servingCost(r.name()))).orElseThrow();
    }

    private static int servingCost(String name) {
        int i = SERVING_COST_ORDER.indexOf(name);
        return i < 0 ? SERVING_COST_ORDER.size() : i;
    }

    /** The classifier with the highest validation AUC. */
    public ModelResult bestClassifier() {
        return classifiers().stream().max(Comparator.comparingDouble(r -> r.metric(selectionPart, "auc")))
                .orElseThrow();
    }

    /** The test rows' log1p(revenue). */
    public double[] testActual() { return test.targets(); }
    @Override public double[] testLabels() { return testLabels.clone(); }
    @Override public boolean[] testPlausible() { return testPlausible.clone(); }

    /** The report as the JSON contract of {@code --report-json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profile", profile.cliName());
        json.put("feature_set", Map.of("name", featureSet.name(), "version", featureSet.version(),
                "features", featureSet.names()));
        json.put("rows", rows.toMap());
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("task", r.model().task().jsonName());
            m.put("params", r.model().params());
            m.put("fit_seconds", round(r.fitSeconds()));
            m.put("metrics", r.metrics());
            if (!r.notes().isEmpty()) m.put("notes", r.notes());
            if (!r.calibration().isEmpty()) m.put("calibration", calibrationJson(r));
            models.add(m);
        }
        json.put("models", models);
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("regression", winner(bestRegressor(), "rmse"));
        best.put("classification", winner(bestClassifier(), "auc"));
        json.put("best", best);
        json.put("selected_on", selectionPart);
        json.put("seconds", round(seconds));
        return json;
    }

    private static Map<String, Object> calibrationJson(ModelResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String part : List.of("val", "test")) {
            if (r.calibration().containsKey(part)) m.put(part, r.calibration().get(part).toMap());
        }
        return m;
    }

    private static Map<String, Object> winner(ModelResult r, String metric) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("val_" + metric, r.metric("val", metric));
        m.put("val_plausible_" + metric, r.metric("val_plausible", metric));
        m.put("test_" + metric, r.metric("test", metric));
        return m;
    }

    /** The comparison tables, as the reference printed them. */
    public List<String> tableLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-30s %9s %7s %8s %10s %8s %9s %11s", "regressor (log1p revenue)",
                "val RMSE", "val R2", "val MAE", "test RMSE", "test R2", "test MAE", "plaus RMSE"));
        for (ModelResult r : regressors()) {
            lines.add(String.format(Locale.ROOT, "%-30s %9.4f %7.4f %8.4f %10.4f %8.4f %9.4f %11.4f", r.name(),
                    r.metric("val", "rmse"), r.metric("val", "r2"), r.metric("val", "mae"), r.metric("test", "rmse"),
                    r.metric("test", "r2"), r.metric("test", "mae"), r.metric("test_plausible", "rmse")));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-30s %8s %8s %7s %7s %7s %9s %9s %11s %9s", "classifier (hit)", "val AUC",
                "test AUC", "F1@.5", "P@.5", "R@.5", "F1@best", "best thr", "test Brier", "test ECE"));
        for (ModelResult r : classifiers()) {
            lines.add(String.format(Locale.ROOT, "%-30s %8.4f %8.4f %7.4f %7.4f %7.4f %9.4f %9.3f %11.4f %9.4f", r.name(),
                    r.metric("val", "auc"), r.metric("test", "auc"), r.metric("test", "f1"),
                    r.metric("test", "precision"), r.metric("test", "recall"), r.metric("test_best_f1", "f1"),
                    r.metric("test_best_f1", "threshold"), r.metric("test", "brier"), testEce(r)));
        }
        return lines;
    }

    private static double testEce(ModelResult r) {
        return r.calibration().containsKey("test") ? r.calibration().get("test").expectedCalibrationError() : Double.NaN;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
