package dev.boxoffice.model.ols;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.model.ModelJson;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear model of log1p(revenue): intercept + sum of coefficient x feature. Its portable form is JSON
 * ("linear-json") with feature_names, coefficients and intercept. Immutable and thread-safe.
 */
public final class OlsModel implements TrainedModel {
    /** The format name of the linear JSON model. */
    public static final String FORMAT = "linear-json";

    private final List<String> featureNames;
    private final double[] coefficients;
    private final double intercept;
    private final Map<String, Object> params;
    private final byte[] json;

    private OlsModel(byte[] json) {
        JsonNode root = ModelJson.read(json, FORMAT);
        this.featureNames = ModelJson.strings(root, "feature_names");
        this.coefficients = ModelJson.doubles(root, "coefficients", featureNames.size());
        this.intercept = ModelJson.number(root, "intercept");
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(ModelJson.map(root, "params")));
        this.json = json.clone();
    }

    /** A model with these coefficients (one per feature, in order) and intercept. */
    public static OlsModel of(List<String> featureNames, double[] coefficients, double intercept) {
        if (coefficients.length != featureNames.size()) {
            throw new IllegalArgumentException("need one coefficient per feature, got " + coefficients.length
                    + " for " + featureNames.size());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("name", "linear_regression");
        doc.put("task", Task.REGRESSION.jsonName());
        doc.put("feature_names", featureNames);
        doc.put("coefficients", coefficients);
        doc.put("intercept", intercept);
        doc.put("params", Map.of("fit_intercept", true, "solver", "qr"));
        return new OlsModel(ModelJson.write(doc));
    }

    /**
     * Reads a model from its JSON.
     *
     * @throws IllegalArgumentException when the bytes are not a linear-json model
     */
    public static OlsModel fromJson(byte[] json) {
        return new OlsModel(json);
    }

    @Override public String name() { return "linear_regression"; }
    @Override public Task task() { return Task.REGRESSION; }
    @Override public List<String> featureNames() { return featureNames; }
    @Override public Map<String, Object> params() { return params; }

    /** A copy of the coefficients, in feature order. */
    public double[] coefficients() { return coefficients.clone(); }

    public double intercept() { return intercept; }

    @Override
    public double predict(double[] row) {
        checkWidth(row);
        double sum = 0;
        for (int j = 0; j < row.length; j++) sum += coefficients[j] * row[j];
        return sum + intercept;
    }

    /** coefficient x value per feature, then the intercept. */
    @Override
    public double[] contributions(double[] row) {
        checkWidth(row);
        double[] out = new double[row.length + 1];
        for (int j = 0; j < row.length; j++) out[j] = coefficients[j] * row[j];
        out[row.length] = intercept;
        return out;
    }

    @Override public byte[] nativeBytes() { return json.clone(); }
    @Override public String format() { return FORMAT; }

    private void checkWidth(double[] row) {
        if (row.length != featureNames.size()) {
            throw new IllegalArgumentException("linear_regression expects " + featureNames.size() + " features "
                    + featureNames + ", got " + row.length);
        }
    }

    @Override
    public String toString() {
        return "linear_regression" + featureNames;
    }
}
