package dev.boxoffice.model.lightgbm;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.tree.DecisionTree;
import dev.boxoffice.model.tree.FlatForest;
import dev.boxoffice.model.tree.TreeExplainer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A LightGBM model (gradient boosting or random forest) held as its text and evaluated in Java exactly as
 * LightGBM evaluates it: trees summed in order in double precision, averaged for random forests, passed
 * through the sigmoid for classifiers. Holds no native handle; thread-safe.
 */
public final class LightGbmModel implements TrainedModel {
    /** The format name of LightGBM's text model. */
    public static final String FORMAT = "lightgbm-text";

    private final String text;
    private final String name;
    private final LightGbmText.Parsed parsed;
    private final TreeExplainer.Lazy explainer;
    /** The trees laid out flat for the hot loop. */
    private final FlatForest forest;

    private LightGbmModel(String text) {
        this.text = text;
        this.parsed = LightGbmText.parse(text);
        this.explainer = new TreeExplainer.Lazy(parsed.trees());
        this.forest = FlatForest.of(parsed.trees());
        this.name = switch (parsed.task()) {
            case REGRESSION -> parsed.boosting().equals("rf") ? "random_forest" : "gradient_boosting";
            case CLASSIFICATION -> parsed.boosting().equals("rf") ? "random_forest_classifier"
                    : "gradient_boosting_classifier";
        };
    }

    /**
     * Reads a model from LightGBM's text format.
     *
     * @throws IllegalArgumentException when the text is not a supported LightGBM model
     */
    public static LightGbmModel fromText(String text) {
        return new LightGbmModel(text);
    }

    @Override public String name() { return name; }
    @Override public Task task() { return parsed.task(); }
    @Override public List<String> featureNames() { return parsed.featureNames(); }
    @Override public Map<String, Object> params() { return Collections.unmodifiableMap(parsed.params()); }

    /** The trees in boosting order. */
    public List<DecisionTree> trees() { return parsed.trees(); }

    /** Whether the output is the mean of the trees (random forest) rather than their sum. */
    public boolean averagesTrees() { return parsed.averageOutput(); }

    @Override
    public double predict(double[] row) {
        double raw = raw(row);
        return parsed.task() == Task.CLASSIFICATION ? 1.0 / (1.0 + Math.exp(-parsed.sigmoid() * raw)) : raw;
    }

    /** The raw score: log1p(revenue) for regression, log-odds for classification. */
    public double raw(double[] row) {
        checkWidth(row);
        double sum = forest.doubleSum(row);
        return parsed.averageOutput() ? sum / parsed.trees().size() : sum;
    }

    /** TreeSHAP contributions in raw-score space, bias last; for a forest each tree counts 1/trees. */
    @Override
    public double[] contributions(double[] row) {
        checkWidth(row);
        double[] phi = new double[row.length + 1];
        double scale = parsed.averageOutput() ? 1.0 / parsed.trees().size() : 1.0;
        explainer.get().accumulate(row, phi, scale);
        return phi;
    }

    @Override public byte[] nativeBytes() { return text.getBytes(StandardCharsets.UTF_8); }
    @Override public String format() { return FORMAT; }

    private void checkWidth(double[] row) {
        if (row.length != parsed.featureNames().size()) {
            throw new IllegalArgumentException(name + " expects " + parsed.featureNames().size()
                    + " features " + parsed.featureNames() + ", got " + row.length);
        }
    }

    @Override
    public String toString() {
        return name + "[" + parsed.trees().size() + " trees, " + parsed.featureNames() + "]";
    }
}
