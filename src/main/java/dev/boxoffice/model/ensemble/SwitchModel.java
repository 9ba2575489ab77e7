package dev.boxoffice.model.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.model.ModelJson;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two models of one task over the same features, one for rows where an indicator feature is 1 and one for
 * rows where it is 0: e.g. films whose cast and crew are known, and films given without credits. A model
 * trained on films that all had credits reads a film without them as a film with a typical team, and a
 * $200M film with a typical team as a disappointment; the second model learned what is left without credits.
 * Saved as JSON holding both in their own formats (base64). Immutable and thread-safe.
 */
public final class SwitchModel implements TrainedModel {
    public static final String FORMAT = "switch-json";

    private final String indicator;
    private final int column;
    private final TrainedModel whenSet;
    private final TrainedModel whenUnset;

    private SwitchModel(String indicator, TrainedModel whenSet, TrainedModel whenUnset) {
        this.indicator = indicator;
        this.column = whenSet.featureNames().indexOf(indicator);
        this.whenSet = whenSet;
        this.whenUnset = whenUnset;
    }

    /**
     * Routes rows whose {@code indicator} is at least 0.5 to {@code whenSet}, the others to {@code whenUnset}.
     *
     * @throws IllegalArgumentException when the models' tasks or features differ or lack the indicator
     */
    public static SwitchModel of(String indicator, TrainedModel whenSet, TrainedModel whenUnset) {
        if (whenSet.task() != whenUnset.task() || !whenSet.featureNames().equals(whenUnset.featureNames())) {
            throw new IllegalArgumentException("switched models must share task and features: " + whenSet.name()
                    + " and " + whenUnset.name() + " differ");
        }
        if (!whenSet.featureNames().contains(indicator)) {
            throw new IllegalArgumentException("no feature " + indicator + " to switch on in " + whenSet.featureNames());
        }
        return new SwitchModel(indicator, whenSet, whenUnset);
    }

    /** Reads a model saved by {@link #nativeBytes()}. */
    public static SwitchModel fromJson(byte[] json) {
        JsonNode root = ModelJson.read(json, FORMAT);
        return of(ModelJson.require(root, "switch_on").asText(), NestedModels.read(ModelJson.require(root, "when_set")),
                NestedModels.read(ModelJson.require(root, "when_unset")));
    }

    /** The model for rows whose indicator is set. */
    public TrainedModel whenSet() { return whenSet; }

    /** The model for rows whose indicator is not set. */
    public TrainedModel whenUnset() { return whenUnset; }

    /** Whether {@code row} goes to {@link #whenSet()}: its indicator is at least 0.5. */
    public boolean isSet(double[] row) {
        return row[column] >= 0.5;
    }

    private TrainedModel route(double[] row) {
        return isSet(row) ? whenSet : whenUnset;
    }

    @Override public String name() { return whenSet.name(); }
    @Override public Task task() { return whenSet.task(); }
    @Override public List<String> featureNames() { return whenSet.featureNames(); }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>(whenSet.params());
        p.put("switch_on", indicator);
        p.put("when_unset", whenUnset.params());
        return p;
    }

    @Override public double predict(double[] row) { return route(row).predict(row); }
    @Override public double[] contributions(double[] row) { return route(row).contributions(row); }
    /** The JSON document, written when asked rather than kept beside the two models (see ResidualModel). */
    @Override
    public byte[] nativeBytes() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("name", whenSet.name());
        doc.put("task", whenSet.task().jsonName());
        doc.put("switch_on", indicator);
        doc.put("when_set", NestedModels.write(whenSet, true));
        doc.put("when_unset", NestedModels.write(whenUnset, true));
        return ModelJson.write(doc);
    }
    @Override public String format() { return FORMAT; }
}
