package dev.boxoffice.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.boxoffice.model.Calibration;
import dev.boxoffice.model.ClassificationMetrics;
import dev.boxoffice.model.CurvePoint;
import dev.boxoffice.model.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Writes a training report: the JSON, every model in its portable format with a card, and the charts. */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int TOP_FEATURES = 20;

    private ReportWriter() {
    }

    /** Writes everything and returns the files written. */
    public static List<Path> write(TrainReport report, TrainOptions options) {
        List<Path> written = new ArrayList<>();
        Path dir = options.reportDir();
        written.add(writeJson(options.effectiveReportJson(), report.toJson()));
        for (ModelResult r : report.results()) written.addAll(writeModel(dir.resolve("models"), r, report));
        if (options.plots()) written.addAll(plots(dir.resolve("plots"), report));
        return written;
    }

    /** Writes any JSON-able value (maps, lists, numbers, strings) to a file, creating its folder. */
    public static Path writeJson(Path file, Object value) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            JSON.writeValue(file.toFile(), value);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private static List<Path> writeModel(Path dir, ModelResult r, TrainReport report) {
        TrainedModel m = r.model();
        Path model = dir.resolve(r.name() + extension(m.format()));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("name", r.name());
        card.put("task", m.task().jsonName());
        card.put("format", m.format());
        card.put("profile", report.profile().cliName());
        card.put("feature_set", report.featureSet().name());
        card.put("feature_set_version", report.featureSet().version());
        card.put("features", m.featureNames());
        card.put("params", m.params());
        card.put("metrics", r.metrics());
        try {
            Files.createDirectories(dir);
            Files.write(model, m.nativeBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("writing model " + model, e);
        }
        return List.of(model, writeJson(dir.resolve(r.name() + ".card.json"), card));
    }

    private static String extension(String format) {
        return switch (format) {
            case "lightgbm-text" -> ".lightgbm.txt";
            case "xgboost-json" -> ".xgboost.json";
            case "ensemble-json" -> ".ensemble.json";
            default -> "." + format.replace('-', '.');
        };
    }

    /** Draws the charts; they are independent, so they render in parallel (Java2D start-up dominates each). */
    private static List<Path> plots(Path dir, TrainReport report) {
        List<Supplier<Path>> charts = new ArrayList<>();
        ModelResult best = report.bestRegressor();
        double[] actual = report.testActual();
        charts.add(() -> ReportPlots.predictedVsActual(dir, "predicted_vs_actual.png",
                best.name() + ": predicted vs actual (test)", actual, best.testPredictions()));
        charts.add(() -> ReportPlots.residuals(dir, "residuals.png", best.name() + ": residuals (test)", actual,
                best.testPredictions()));
        ModelResult explained = report.regressors().stream()
                .filter(r -> r.model().contributions(new double[r.model().featureNames().size()]).length > 0)
                .min(Comparator.comparingDouble(r -> r.metric(report.selectionPart(), "rmse"))).orElse(null);
        if (explained != null) {
            charts.add(() -> ReportPlots.importance(dir, "feature_importance.png",
                    explained.name() + ": mean |contribution| on " + Math.min(report.test().size(), Importance.MAX_FILMS)
                            + " test films", Importance.meanAbsContribution(
                            explained.model(), report.test(), TOP_FEATURES)));
        }
        Map<String, double[][]> roc = new LinkedHashMap<>();
        Map<String, double[][]> pr = new LinkedHashMap<>();
        Map<String, Calibration> calibration = new LinkedHashMap<>();
        double[] labels = report.testLabels();
        for (ModelResult c : report.classifiers()) {
            roc.put(c.name(), xy(ClassificationMetrics.roc(labels, c.testPredictions())));
            pr.put(c.name(), xy(ClassificationMetrics.precisionRecall(labels, c.testPredictions())));
            if (c.calibration().containsKey("test")) calibration.put(c.name(), c.calibration().get("test"));
        }
        charts.add(() -> ReportPlots.curves(dir, "roc.png", "ROC of hit classifiers (test)", "false positive rate",
                "true positive rate", roc, true));
        charts.add(() -> ReportPlots.curves(dir, "precision_recall.png", "Precision-recall of hit classifiers (test)",
                "recall", "precision", pr, false));
        if (!calibration.isEmpty()) {
            charts.add(() -> ReportPlots.reliability(dir, "reliability_diagram.png",
                    "Reliability of hit classifiers (test)", calibration));
        }
        return charts.parallelStream().map(Supplier::get).toList();
    }

    private static double[][] xy(List<CurvePoint> points) {
        double[][] xy = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xy[0][i] = points.get(i).x();
            xy[1][i] = points.get(i).y();
        }
        return xy;
    }
}
