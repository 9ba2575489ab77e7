package dev.boxoffice.model.xgboost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.tree.Comparison;
import dev.boxoffice.model.tree.DecisionTree;
import dev.boxoffice.model.tree.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses XGBoost's JSON model (schema of XGBoost 2.x/3.x: learner, gbtree, numerical splits). Floats are read
 * from their decimal text straight to float, so split values and leaves are exactly XGBoost's.
 */
final class XgboostJson {
    /** The booster attribute holding the params this project trained with, as a JSON object. */
    static final String PARAMS_ATTRIBUTE = "boxoffice_params";

    /** Keeps numbers as decimal text, so floats are parsed once, straight to float. */
    private static final ObjectMapper MODEL_MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper PARAMS_MAPPER = new ObjectMapper();

    /** A parsed model; {@code baseMargin} is the base score in margin space. */
    record Parsed(List<String> featureNames, Task task, float baseMargin, List<DecisionTree> trees,
                  Map<String, Object> params) {}

    private XgboostJson() {}

    static Parsed parse(byte[] json) {
        JsonNode root;
        try {
            root = MODEL_MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an XGBoost JSON model: " + e.getMessage(), e);
        }
        JsonNode learner = require(root, "learner");
        String objective = require(require(learner, "objective"), "name").asText();
        Task task = switch (objective) {
            case "reg:squarederror" -> Task.REGRESSION;
            case "binary:logistic" -> Task.CLASSIFICATION;
            default -> throw new IllegalArgumentException("unsupported XGBoost objective '" + objective + "'");
        };
        JsonNode booster = require(learner, "gradient_booster");
        if (!"gbtree".equals(booster.path("name").asText())) {
            throw new IllegalArgumentException("unsupported XGBoost booster '" + booster.path("name").asText() + "'");
        }
        List<String> names = new ArrayList<>();
        require(learner, "feature_names").forEach(n -> names.add(n.asText()));
        int width = Integer.parseInt(require(require(learner, "learner_model_param"), "num_feature").asText());
        if (names.size() != width) {
            throw new IllegalArgumentException("XGBoost model has " + width + " features but " + names.size()
                    + " feature names");
        }
        String base = require(require(learner, "learner_model_param"), "base_score").asText()
                .replace("[", "").replace("]", "");
        float baseScore = Float.parseFloat(base);
        // binary:logistic stores the base score as a probability; XGBoost adds it as log-odds, in float
        float baseMargin = task == Task.CLASSIFICATION ? (float) -Math.log(1.0f / baseScore - 1.0f) : baseScore;
        List<DecisionTree> trees = new ArrayList<>();
        for (JsonNode tree : require(require(booster, "model"), "trees")) trees.add(tree(tree, trees.size(), width));
        if (trees.isEmpty()) throw new IllegalArgumentException("XGBoost model has no trees");
        return new Parsed(List.copyOf(names), task, baseMargin, List.copyOf(trees), params(learner));
    }

    private static DecisionTree tree(JsonNode tree, int index, int width) {
        String where = "tree " + index + ": ";
        JsonNode left = require(tree, "left_children");
        JsonNode right = require(tree, "right_children");
        JsonNode conditions = require(tree, "split_conditions");
        JsonNode indices = require(tree, "split_indices");
        JsonNode defaults = require(tree, "default_left");
        JsonNode hessians = require(tree, "sum_hessian");
        JsonNode types = tree.path("split_type");
        int n = left.size();
        List<Node> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float condition = Float.parseFloat(conditions.get(i).asText());
            double cover = hessians.get(i).decimalValue().doubleValue();
            if (left.get(i).asInt() == -1) {
                nodes.add(Node.leaf(condition, cover));
                continue;
            }
            if (types.size() > i && types.get(i).asInt() != 0) {
                throw new IllegalArgumentException(where + "categorical splits are not supported");
            }
            int feature = indices.get(i).asInt();
            if (feature < 0 || feature >= width) {
                throw new IllegalArgumentException(where + "split on feature " + feature + " of " + width);
            }
            nodes.add(new Node(feature, condition, left.get(i).asInt(), right.get(i).asInt(),
                    defaults.get(i).asInt() != 0, Node.Missing.NAN, 0, cover));
        }
        return new DecisionTree(nodes, Comparison.LESS_THAN_FLOAT);
    }

    private static Map<String, Object> params(JsonNode learner) {
        String text = learner.path("attributes").path(PARAMS_ATTRIBUTE).asText(null);
        if (text == null) return Map.of();
        try {
            return PARAMS_MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad " + PARAMS_ATTRIBUTE + " attribute: " + e.getMessage(), e);
        }
    }

    /** The JSON text of a params map, for the {@link #PARAMS_ATTRIBUTE} attribute. */
    static String paramsJson(Map<String, Object> params) {
        try {
            return PARAMS_MAPPER.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("params are not JSON-serialisable: " + params, e);
        }
    }

    private static JsonNode require(JsonNode node, String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) throw new IllegalArgumentException("XGBoost model lacks '" + field + "'");
        return child;
    }
}
