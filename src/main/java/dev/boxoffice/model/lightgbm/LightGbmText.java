package dev.boxoffice.model.lightgbm;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.tree.Comparison;
import dev.boxoffice.model.tree.DecisionTree;
import dev.boxoffice.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses LightGBM's text model format (v4, as LGBM_BoosterSaveModelToString writes it): header, numerical
 * trees and the parameters section. Categorical splits and linear trees are rejected.
 */
final class LightGbmText {
    /** The training parameters kept as the model's params, in this order. */
    private static final List<String> PARAM_KEYS = List.of("boosting", "objective", "learning_rate",
            "num_iterations", "early_stopping_round", "num_leaves", "max_depth", "min_data_in_leaf",
            "min_sum_hessian_in_leaf", "feature_fraction", "bagging_fraction", "bagging_freq", "lambda_l1",
            "lambda_l2", "max_bin", "seed", "num_threads", "deterministic");

    /** A parsed model. */
    record Parsed(List<String> featureNames, Task task, String boosting, boolean averageOutput, double sigmoid,
                  List<DecisionTree> trees, Map<String, Object> params) {}

    private LightGbmText() {}

    static Parsed parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].trim().equals("tree")) {
            throw new IllegalArgumentException("not a LightGBM text model: first line must be 'tree'");
        }
        Map<String, String> header = new HashMap<>();
        List<DecisionTree> trees = new ArrayList<>();
        Map<String, String> parameters = new HashMap<>();
        int i = 1;
        for (; i < lines.length && !lines[i].startsWith("Tree="); i++) putKeyValue(header, lines[i]);
        while (i < lines.length && lines[i].startsWith("Tree=")) {
            Map<String, String> block = new HashMap<>();
            for (i++; i < lines.length && !lines[i].isBlank(); i++) putKeyValue(block, lines[i]);
            trees.add(tree(block, trees.size()));
            while (i < lines.length && lines[i].isBlank()) i++;
        }
        for (; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith("[") && line.endsWith("]") && line.contains(": ")) {
                int colon = line.indexOf(": ");
                parameters.put(line.substring(1, colon), line.substring(colon + 2, line.length() - 1));
            }
        }
        if (trees.isEmpty()) throw new IllegalArgumentException("LightGBM model has no trees");
        String names = require(header, "feature_names");
        List<String> featureNames = List.of(names.trim().split(" "));
        String[] objective = require(header, "objective").trim().split(" ");
        Task task = objective[0].equals("binary") ? Task.CLASSIFICATION
                : objective[0].equals("regression") ? Task.REGRESSION : null;
        if (task == null) throw new IllegalArgumentException("unsupported LightGBM objective '" + objective[0] + "'");
        double sigmoid = 1;
        for (String option : objective) {
            if (option.startsWith("sigmoid:")) sigmoid = number(option.substring("sigmoid:".length()));
        }
        for (DecisionTree t : trees) {
            if (t.maxFeature() >= featureNames.size()) {
                throw new IllegalArgumentException("a tree splits on feature " + t.maxFeature() + " of "
                        + featureNames.size());
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : PARAM_KEYS) {
            if (parameters.containsKey(key)) params.put(key, typed(parameters.get(key)));
        }
        params.put("num_trees", trees.size());
        return new Parsed(featureNames, task, parameters.getOrDefault("boosting", "gbdt"),
                header.containsKey("average_output"), sigmoid, List.copyOf(trees), params);
    }

    private static DecisionTree tree(Map<String, String> block, int index) {
        String where = "tree " + index + ": ";
        if (!block.getOrDefault("num_cat", "0").equals("0")) {
            throw new IllegalArgumentException(where + "categorical splits are not supported");
        }
        if (!block.getOrDefault("is_linear", "0").equals("0")) {
            throw new IllegalArgumentException(where + "linear trees are not supported");
        }
        int leaves = (int) number(require(block, "num_leaves"));
        double[] leafValue = numbers(block.get("leaf_value"), leaves, where + "leaf_value");
        double[] leafCount = numbers(block.get("leaf_count"), leaves, where + "leaf_count");
        List<Node> nodes = new ArrayList<>(2 * leaves - 1);
        if (leaves == 1) {
            nodes.add(Node.leaf(leafValue[0], leafCount[0]));
            return new DecisionTree(nodes, Comparison.LESS_OR_EQUAL);
        }
        int splits = leaves - 1;
        double[] feature = numbers(block.get("split_feature"), splits, where + "split_feature");
        double[] threshold = numbers(block.get("threshold"), splits, where + "threshold");
        double[] decision = numbers(block.get("decision_type"), splits, where + "decision_type");
        double[] left = numbers(block.get("left_child"), splits, where + "left_child");
        double[] right = numbers(block.get("right_child"), splits, where + "right_child");
        double[] count = numbers(block.get("internal_count"), splits, where + "internal_count");
        for (int s = 0; s < splits; s++) {
            int type = (int) decision[s];
            if ((type & 1) != 0) throw new IllegalArgumentException(where + "categorical splits are not supported");
            Node.Missing missing = switch ((type >> 2) & 3) {
                case 0 -> Node.Missing.NONE;
                case 1 -> Node.Missing.ZERO;
                case 2 -> Node.Missing.NAN;
                default -> throw new IllegalArgumentException(where + "bad decision_type " + type);
            };
            nodes.add(new Node((int) feature[s], threshold[s], child((int) left[s], splits),
                    child((int) right[s], splits), (type & 2) != 0, missing, 0, count[s]));
        }
        for (int l = 0; l < leaves; l++) nodes.add(Node.leaf(leafValue[l], leafCount[l]));
        return new DecisionTree(nodes, Comparison.LESS_OR_EQUAL);
    }

    /** LightGBM numbers leaves apart from splits (leaf j as ~j); here leaves follow the splits. */
    private static int child(int lightGbmChild, int splits) {
        return lightGbmChild >= 0 ? lightGbmChild : splits + ~lightGbmChild;
    }

    private static void putKeyValue(Map<String, String> map, String line) {
        int eq = line.indexOf('=');
        if (eq > 0) map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        else if (!line.isBlank()) map.put(line.trim(), "");
    }

    private static String require(Map<String, String> map, String key) {
        String v = map.get(key);
        if (v == null) throw new IllegalArgumentException("LightGBM model lacks '" + key + "'");
        return v;
    }

    private static double[] numbers(String list, int expected, String what) {
        if (list == null) throw new IllegalArgumentException(what + " is missing");
        String[] cells = list.isBlank() ? new String[0] : list.trim().split(" ");
        if (cells.length != expected) {
            throw new IllegalArgumentException(what + " has " + cells.length + " values, expected " + expected);
        }
        return Arrays.stream(cells).mapToDouble(LightGbmText::number).toArray();
    }

    private static double number(String s) {
        return switch (s) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad number '" + s + "' in LightGBM model", e);
                }
            }
        };
    }

    private static Object typed(String value) {
        if (value.matches("-?\\d{1,18}")) {
            long v = Long.parseLong(value);
            if (v == (int) v) return (int) v;
            return v;
        }
        if (value.matches("-?[0-9.]+([eE][-+]?\\d+)?")) return Double.parseDouble(value);
        return value;
    }
}
