package dev.boxoffice.model.forest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a forest in LightGBM's text model format (v4, boosting rf, average_output), so LightGBM itself, in
 * any language, and {@link dev.boxoffice.model.lightgbm.LightGbmModel} read it and predict the mean of the
 * trees. Each tree is cut at a max depth; splits send NaN to their recorded side (missing type NaN).
 */
final class ForestText {
    /** LightGBM's decision_type bits: default-left, and missing type NaN (2) in bits 2-3. */
    private static final int DEFAULT_LEFT = 2;
    private static final int MISSING_NAN = 2 << 2;

    private ForestText() {}

    static String write(List<GrownTree> trees, int maxDepth, List<String> featureNames, String featureInfos,
                        Map<String, Object> parameters) {
        StringBuilder out = new StringBuilder(4096 + trees.size() * 4096);
        out.append("tree\nversion=v4\nnum_class=1\nnum_tree_per_iteration=1\nlabel_index=0\n")
                .append("max_feature_idx=").append(featureNames.size() - 1).append('\n')
                .append("objective=regression\naverage_output\n")
                .append("feature_names=").append(String.join(" ", featureNames)).append('\n')
                .append("feature_infos=").append(featureInfos).append("\n\n");
        for (int t = 0; t < trees.size(); t++) writeTree(out, t, trees.get(t), maxDepth);
        out.append("end of trees\n\nparameters:\n");
        parameters.forEach((k, v) -> out.append('[').append(k).append(": ").append(v).append("]\n"));
        out.append("end of parameters\n\npandas_categorical:null\n");
        return out.toString();
    }

    private static void writeTree(StringBuilder out, int index, GrownTree tree, int maxDepth) {
        List<Integer> splits = new ArrayList<>();
        List<Integer> leaves = new ArrayList<>();
        number(tree, 0, maxDepth, splits, leaves);
        int[] splitIndex = new int[tree.size()];
        int[] leafIndex = new int[tree.size()];
        for (int i = 0; i < splits.size(); i++) splitIndex[splits.get(i)] = i;
        for (int i = 0; i < leaves.size(); i++) leafIndex[leaves.get(i)] = i;
        out.append("Tree=").append(index).append('\n')
                .append("num_leaves=").append(leaves.size()).append("\nnum_cat=0\n");
        line(out, "split_feature", splits, n -> Integer.toString(tree.feature[n]));
        line(out, "split_gain", splits, n -> num(tree.gain[n]));
        line(out, "threshold", splits, n -> num(tree.threshold[n]));
        line(out, "decision_type", splits, n -> Integer.toString(MISSING_NAN | (tree.defaultLeft[n] ? DEFAULT_LEFT : 0)));
        java.util.function.IntFunction<String> child = c -> tree.isLeaf(c, maxDepth)
                ? Integer.toString(~leafIndex[c]) : Integer.toString(splitIndex[c]);
        line(out, "left_child", splits, n -> child.apply(tree.left[n]));
        line(out, "right_child", splits, n -> child.apply(tree.right[n]));
        line(out, "leaf_value", leaves, n -> num(tree.value[n]));
        line(out, "leaf_weight", leaves, n -> num(tree.weight[n]));
        line(out, "leaf_count", leaves, n -> Long.toString(Math.round(tree.weight[n])));
        line(out, "internal_value", splits, n -> num(tree.value[n]));
        line(out, "internal_weight", splits, n -> num(tree.weight[n]));
        line(out, "internal_count", splits, n -> Long.toString(Math.round(tree.weight[n])));
        out.append("is_linear=0\nshrinkage=1\n\n\n");
    }

    /** Numbers split nodes and leaves of the cut tree in preorder, as LightGBM numbers them apart. */
    private static void number(GrownTree tree, int node, int maxDepth, List<Integer> splits, List<Integer> leaves) {
        if (tree.isLeaf(node, maxDepth)) {
            leaves.add(node);
            return;
        }
        splits.add(node);
        number(tree, tree.left[node], maxDepth, splits, leaves);
        number(tree, tree.right[node], maxDepth, splits, leaves);
    }

    private static void line(StringBuilder out, String key, List<Integer> nodes,
                             java.util.function.IntFunction<String> cell) {
        out.append(key).append('=')
                .append(nodes.stream().map(cell::apply).collect(Collectors.joining(" "))).append('\n');
    }

    /** Shortest text that reads back to the same double, which LightGBM's parser also reads exactly. */
    private static String num(double v) {
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }
}
