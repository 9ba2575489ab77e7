package dev.boxoffice.model.liblinear;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.model.ModelJson;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic model of the hit probability: z = (x - mean) / std per feature, p = sigmoid(w . z + bias). Its
 * portable form is JSON ("logistic-json") with feature_names, means, stds, weights, bias and C. Immutable and
 * thread-safe.
 */
public final class LogisticModel implements TrainedModel {
    /** The format name of the logistic JSON model. */
    public static final String FORMAT = "logistic-json";

    private final List<String> featureNames;
    private final Standardization standardization;
    private final double[] weights;
    private final double bias;
    private final Map<String, Object> params;
    private final byte[] json;

    private LogisticModel(byte[] json) {
        JsonNode root = ModelJson.read(json, FORMAT);
        this.featureNames = ModelJson.strings(root, "feature_names");
        int p = featureNames.size();
        this.standardization = new Standardization(ModelJson.doubles(root, "means", p),
                ModelJson.doubles(root, "stds", p));
        this.weights = ModelJson.doubles(root, "weights", p);
        this.bias = ModelJson.number(root, "bias");
        ModelJson.number(root, "C");
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(ModelJson.map(root, "params")));
        this.json = json.clone();
    }

    static LogisticModel of(List<String> featureNames, Standardization s, double[] weights, double bias,
                            Map<String, Object> params) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("name", "logistic_regression");
        doc.put("task", Task.CLASSIFICATION.jsonName());
        doc.put("feature_names", featureNames);
        doc.put("means", s.means);
        doc.put("stds", s.scales);
        doc.put("weights", weights);
        doc.put("bias", bias);
        doc.put("C", params.get("C"));
        doc.put("params", params);
        return new LogisticModel(ModelJson.write(doc));
    }

    /**
     * Reads a model from its JSON.
     *
     * @throws IllegalArgumentException when the bytes are not a logistic-json model
     */
    public static LogisticModel fromJson(byte[] json) {
        return new LogisticModel(json);
    }

    @Override public String name() { return "logistic_regression"; }
    @Override public Task task() { return Task.CLASSIFICATION; }
    @Override public List<String> featureNames() { return featureNames; }
    @Override public Map<String, Object> params() { return params; }

    /** A copy of the weights on the standardised features. */
    public double[] weights() { return weights.clone(); }

    public double bias() { return bias; }

    @Override
    public double predict(double[] row) {
        return 1.0 / (1.0 + Math.exp(-margin(row)));
    }

    /** The log-odds w . z + bias. */
    public double margin(double[] row) {
        checkWidth(row);
        double[] z = standardization.apply(row);
        double sum = 0;
        for (int j = 0; j < z.length; j++) sum += weights[j] * z[j];
        return sum + bias;
    }

    /** Log-odds contributions w_j x z_j per feature, then the bias. */
    @Override
    public double[] contributions(double[] row) {
        checkWidth(row);
        double[] z = standardization.apply(row);
        double[] out = new double[z.length + 1];
        for (int j = 0; j < z.length; j++) out[j] = weights[j] * z[j];
        out[z.length] = bias;
        return out;
    }

    @Override public byte[] nativeBytes() { return json.clone(); }
    @Override public String format() { return FORMAT; }

    private void checkWidth(double[] row) {
        if (row.length != featureNames.size()) {
            throw new IllegalArgumentException("logistic_regression expects " + featureNames.size() + " features "
                    + featureNames + ", got " + row.length);
        }
    }

    @Override
    public String toString() {
        return "logistic_regression" + featureNames + params;
    }
}
