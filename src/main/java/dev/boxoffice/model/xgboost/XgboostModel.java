package dev.boxoffice.model.xgboost;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.tree.DecisionTree;
import dev.boxoffice.model.tree.FlatForest;
import dev.boxoffice.model.tree.TreeExplainer;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An XGBoost model held as its JSON and evaluated in Java as XGBoost evaluates it: features rounded to float,
 * {@code value < split} goes left, NaN takes the default branch, leaves summed in float onto the base margin,
 * then the sigmoid for classifiers. Holds no native handle; thread-safe.
 */
public final class XgboostModel implements TrainedModel {
    /** The format name of XGBoost's JSON model. */
    public static final String FORMAT = "xgboost-json";

    private final byte[] json;
    private final XgboostJson.Parsed parsed;
    private final TreeExplainer.Lazy explainer;
    /** The trees laid out flat for the hot loop. */
    private final FlatForest forest;

    private XgboostModel(byte[] json) {
        this.json = json.clone();
        this.parsed = XgboostJson.parse(this.json);
        this.explainer = new TreeExplainer.Lazy(parsed.trees());
        this.forest = FlatForest.of(parsed.trees());
    }

    /**
     * Reads a model from XGBoost's JSON format.
     *
     * @throws IllegalArgumentException when the bytes are not a supported XGBoost JSON model
     */
    public static XgboostModel fromJson(byte[] json) {
        return new XgboostModel(json);
    }

    @Override
    public String name() {
        return parsed.task() == Task.REGRESSION ? "xgboost" : "xgboost_classifier";
    }

    @Override public Task task() { return parsed.task(); }
    @Override public List<String> featureNames() { return parsed.featureNames(); }
    @Override public Map<String, Object> params() { return Collections.unmodifiableMap(parsed.params()); }

    /** The trees in boosting order. */
    public List<DecisionTree> trees() { return parsed.trees(); }

    @Override
    public double predict(double[] row) {
        float margin = margin(row);
        return parsed.task() == Task.CLASSIFICATION ? (float) (1.0 / (1.0 + Math.exp(-margin))) : margin;
    }

    /** The raw score: log1p(revenue) for regression, log-odds for classification. */
    public float margin(double[] row) {
        checkWidth(row);
        return forest.floatSum(parsed.baseMargin(), row);
    }

    /** TreeSHAP contributions in margin space, bias (base margin plus the trees' expected values) last. */
    @Override
    public double[] contributions(double[] row) {
        checkWidth(row);
        double[] phi = new double[row.length + 1];
        phi[row.length] = parsed.baseMargin();
        explainer.get().accumulate(row, phi, 1.0);
        return phi;
    }

    @Override public byte[] nativeBytes() { return json.clone(); }
    @Override public String format() { return FORMAT; }

    private void checkWidth(double[] row) {
        if (row.length != parsed.featureNames().size()) {
            throw new IllegalArgumentException(name() + " expects " + parsed.featureNames().size() + " features "
                    + parsed.featureNames() + ", got " + row.length);
        }
    }

    @Override
    public String toString() {
        return name() + "[" + parsed.trees().size() + " trees, " + parsed.featureNames() + "]";
    }
}
