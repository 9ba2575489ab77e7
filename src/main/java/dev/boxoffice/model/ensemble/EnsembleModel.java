package dev.boxoffice.model.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.model.ModelJson;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mean of several models of one task over the same features. Saved as JSON holding each member in its
 * own portable format (base64), so every member stays readable outside Java. Immutable and thread-safe.
 */
public final class EnsembleModel implements TrainedModel {
    public static final String FORMAT = "ensemble-json";

    private final String name;
    private final Task task;
    private final List<TrainedModel> members;

    private EnsembleModel(String name, Task task, List<TrainedModel> members) {
        this.name = name;
        this.task = task;
        this.members = List.copyOf(members);
    }

    /**
     * Averages the given models.
     *
     * @throws IllegalArgumentException when there are fewer than two members, or their tasks or features differ
     */
    public static EnsembleModel of(String name, List<TrainedModel> members) {
        if (members.size() < 2) throw new IllegalArgumentException("an ensemble needs >= 2 members, got " + members.size());
        TrainedModel first = members.get(0);
        for (TrainedModel m : members) {
            if (m.task() != first.task() || !m.featureNames().equals(first.featureNames())) {
                throw new IllegalArgumentException("ensemble members must share task and features: " + first.name()
                        + " and " + m.name() + " differ");
            }
        }
        return new EnsembleModel(name, first.task(), members);
    }

    /** Reads an ensemble saved by {@link #nativeBytes()}. */
    public static EnsembleModel fromJson(byte[] json) {
        JsonNode root = ModelJson.read(json, FORMAT);
        List<TrainedModel> members = new ArrayList<>();
        for (JsonNode m : root.path("members")) {
            members.add(NestedModels.read(m));
        }
        return of(root.path("name").asText(), members);
    }

    /** The averaged models, in the order they were given. */
    public List<TrainedModel> members() { return members; }

    @Override public String name() { return name; }
    @Override public Task task() { return task; }
    @Override public List<String> featureNames() { return members.get(0).featureNames(); }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("members", members.stream().map(TrainedModel::name).toList());
        p.put("combination", "mean");
        return p;
    }

    @Override
    public double predict(double[] row) {
        double sum = 0;
        for (TrainedModel m : members) sum += m.predict(row);
        return sum / members.size();
    }

    /** The mean of the members' contributions, when every member can explain; else none. */
    @Override
    public double[] contributions(double[] row) {
        double[] total = null;
        for (TrainedModel m : members) {
            double[] c = m.contributions(row);
            if (c.length == 0 || task == Task.CLASSIFICATION) return new double[0];
            if (total == null) total = new double[c.length];
            for (int i = 0; i < c.length; i++) total[i] += c[i] / members.size();
        }
        return total;
    }

    /** The JSON document, written when asked rather than kept beside the members (see ResidualModel). */
    @Override
    public byte[] nativeBytes() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("name", name);
        doc.put("task", task.jsonName());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (TrainedModel m : members) {
            docs.add(NestedModels.write(m, true));
        }
        doc.put("members", docs);
        return ModelJson.write(doc);
    }
    @Override public String format() { return FORMAT; }
}
