package dev.boxoffice.model.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.model.ModelJson;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.ols.OlsModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A straight line on one feature (the anchor, e.g. the log budget) plus a model of what the line leaves: the
 * prediction is line(row) + residual(row). Trees cannot extrapolate, so a film whose anchor lies outside what
 * the trees saw (a budget under $10,000 from a unit error) still gets the line's answer rather than a typical
 * film's. Saved as JSON holding both parts in their own portable formats (base64). Immutable and thread-safe.
 */
public final class ResidualModel implements TrainedModel {
    public static final String FORMAT = "residual-json";

    private final OlsModel line;
    private final TrainedModel residual;
    /** The anchor's mean over the rows the line was fitted on (NaN when not recorded): the explanations' centre. */
    private final double anchorMean;

    private ResidualModel(OlsModel line, TrainedModel residual, double anchorMean) {
        this.line = line;
        this.residual = residual;
        this.anchorMean = anchorMean;
    }

    /** The mean of the anchor column over {@code set}: pass it to {@link #of(OlsModel, TrainedModel, double)}. */
    public static double anchorMean(TrainingSet set, String anchor) {
        int j = column(set, anchor);
        double mean = 0;
        for (int i = 0; i < set.size(); i++) mean += set.row(i)[j] / set.size();
        return mean;
    }

    private static int column(TrainingSet set, String anchor) {
        int j = set.featureNames().indexOf(anchor);
        if (j < 0) throw new IllegalArgumentException("anchor feature " + anchor + " is not among " + set.featureNames());
        return j;
    }

    /**
     * Least squares of the target on the anchor column alone, as a linear model over all the set's features
     * (every other coefficient 0), so it takes the same rows as the residual model.
     *
     * @throws IllegalArgumentException when the set has no such feature or fewer than two rows
     */
    public static OlsModel fitLine(TrainingSet set, String anchor) {
        int j = column(set, anchor);
        int n = set.size();
        if (n < 2) throw new IllegalArgumentException("a line needs >= 2 rows, got " + n);
        double meanX = anchorMean(set, anchor);
        double meanY = 0;
        for (int i = 0; i < n; i++) meanY += set.target(i) / n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = set.row(i)[j] - meanX;
            sxy += dx * (set.target(i) - meanY);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double[] coefficients = new double[set.width()];
        coefficients[j] = slope;
        return OlsModel.of(set.featureNames(), coefficients, meanY - slope * meanX);
    }

    /** The same rows with the line's prediction taken off each target: what the residual model learns. */
    public static TrainingSet residuals(TrainingSet set, TrainedModel line) {
        double[] y = set.targets();
        double[] fitted = line.predictAll(set.matrix());
        for (int i = 0; i < y.length; i++) y[i] -= fitted[i];
        return set.withTargets(y);
    }

    /**
     * Joins a line and a model trained on its residuals.
     *
     * @throws IllegalArgumentException when the residual model is not a regressor on the line's features
     */
    public static ResidualModel of(OlsModel line, TrainedModel residual) {
        return of(line, residual, Double.NaN);
    }

    /**
     * Joins a line and a model trained on its residuals, with the anchor's mean over the line's rows, so that
     * explanations say how far this film's anchor moves it from the average film (as SHAP values do), not
     * how far from an anchor of 0.
     *
     * @throws IllegalArgumentException when the residual model is not a regressor on the line's features
     */
    public static ResidualModel of(OlsModel line, TrainedModel residual, double anchorMean) {
        if (residual.task() != Task.REGRESSION || !residual.featureNames().equals(line.featureNames())) {
            throw new IllegalArgumentException("the residual model must be a regressor on the line's features "
                    + line.featureNames() + ", got " + residual.name() + " on " + residual.featureNames());
        }
        return new ResidualModel(line, residual, anchorMean);
    }

    /** Reads a model saved by {@link #nativeBytes()}. */
    public static ResidualModel fromJson(byte[] json) {
        JsonNode root = ModelJson.read(json, FORMAT);
        TrainedModel line = NestedModels.read(root.path("line"));
        if (!(line instanceof OlsModel ols)) throw new IllegalArgumentException("the line of a residual model must be "
                + OlsModel.FORMAT + ", got " + line.format());
        double mean = root.hasNonNull("anchor_mean") ? root.get("anchor_mean").asDouble() : Double.NaN;
        return of(ols, NestedModels.read(root.path("residual")), mean);
    }


    /** The line on the anchor feature. */
    public OlsModel line() { return line; }

    /** The model of what the line leaves. */
    public TrainedModel residual() { return residual; }

    /** The residual model's name: a boosted model on a line is still that booster. */
    @Override public String name() { return residual.name(); }
    @Override public Task task() { return Task.REGRESSION; }
    @Override public List<String> featureNames() { return line.featureNames(); }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>(residual.params());
        Map<String, Object> l = new LinkedHashMap<>();
        double[] c = line.coefficients();
        for (int j = 0; j < c.length; j++) {
            if (c[j] != 0) {
                l.put("feature", line.featureNames().get(j));
                l.put("slope", c[j]);
            }
        }
        l.put("intercept", line.intercept());
        p.put("on_residual_of_line", l);
        return p;
    }

    @Override
    public double predict(double[] row) {
        return line.predict(row) + residual.predict(row);
    }

    /**
     * The line's contributions plus the residual model's, when it can explain; else none. The anchor's share
     * of the line is measured from its mean (the rest joins the bias), as SHAP values of a line are.
     */
    @Override
    public double[] contributions(double[] row) {
        double[] inner = residual.contributions(row);
        if (inner.length == 0) return inner;
        double[] out = line.contributions(row);
        for (int i = 0; i < out.length; i++) out[i] += inner[i];
        if (!Double.isNaN(anchorMean)) {
            double[] c = line.coefficients();
            for (int j = 0; j < c.length; j++) {
                out[j] -= c[j] * anchorMean;
                out[out.length - 1] += c[j] * anchorMean;
            }
        }
        return out;
    }

    /**
     * The JSON document, written when asked rather than kept: a model holds its parts once, not a second copy
     * of them in base64 (a served forest's copies took most of the server's heap).
     */
    @Override
    public byte[] nativeBytes() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("name", residual.name());
        doc.put("task", Task.REGRESSION.jsonName());
        doc.put("line", NestedModels.write(line, false));
        doc.put("residual", NestedModels.write(residual, false));
        if (!Double.isNaN(anchorMean)) doc.put("anchor_mean", anchorMean);
        return ModelJson.write(doc);
    }
    @Override public String format() { return FORMAT; }
}
