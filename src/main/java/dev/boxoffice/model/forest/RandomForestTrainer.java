package dev.boxoffice.model.forest;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingInputs;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.lightgbm.LightGbmModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A random forest of log1p(revenue) as scikit-learn grows one: each tree is a CART regression tree (squared
 * error, exact midpoint splits) on a bootstrap sample, and the forest predicts the mean of its trees.
 *
 * <p>Tuning is exact but cheap. Trees are independent, so the first k of the grown trees are a k-tree forest
 * with the same seed; and a CART node's split never depends on the max depth, so a tree grown to the largest
 * depth and cut at depth d is the tree grown with max depth d. The largest tree count is therefore grown once,
 * at the largest depth, and every (depth, trees) point of the grid is scored on the validation set from it.
 * The winner is the lowest validation RMSE; ties keep the earlier point (shallower, then fewer trees).
 *
 * <p>The model is saved in LightGBM's text format (boosting rf), which LightGBM itself reads and predicts the
 * same; it is a {@link LightGbmModel}.
 */
public final class RandomForestTrainer implements Trainer {
    private final RandomForestParams params;

    public RandomForestTrainer(RandomForestParams params) {
        if (params == null) throw new IllegalArgumentException("params must not be null");
        this.params = params;
    }

    @Override public String name() { return "random_forest"; }
    @Override public Task task() { return Task.REGRESSION; }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("depths", params.depths());
        map.put("tree_counts", params.treeCounts());
        map.put("sample_fraction", params.sampleFraction());
        map.put("feature_fraction", params.featureFraction());
        map.put("min_data_in_leaf", params.minDataInLeaf());
        map.put("num_threads", params.threads());
        return Collections.unmodifiableMap(map);
    }

    @Override
    public LightGbmModel train(TrainingSet train, TrainingSet validation, long seed) {
        return tune(train, validation, seed).model();
    }

    /**
     * Grows the forest, scores every grid point on {@code validation} and returns them with the winner.
     *
     * @param validation required when the params are a grid; with fixed params it is only scored (may be null)
     * @throws IllegalArgumentException for bad inputs, feature names with whitespace, or a grid without a
     *         validation set
     */
    public ForestTuning tune(TrainingSet train, TrainingSet validation, long seed) {
        TrainingInputs.check(name(), Task.REGRESSION, train, validation);
        for (String f : train.featureNames()) {
            if (f.isEmpty() || f.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(name() + ": feature names must be non-empty without whitespace"
                        + " (LightGBM's text format), got '" + f + "'");
            }
        }
        if (params.isGrid() && validation == null) {
            throw new IllegalArgumentException(name() + " needs a validation set to choose among "
                    + params.depths().size() + " depths x " + params.treeCounts().size() + " tree counts");
        }
        List<GrownTree> trees = new ForestGrowth(params, train, seed).growAll();
        List<GridPoint> grid = validation == null ? List.of() : score(trees, validation);
        GridPoint best = null;
        for (GridPoint p : grid) if (best == null || p.validationRmse() < best.validationRmse()) best = p;
        int depth = best != null ? best.depth() : params.depths().get(0);
        int count = best != null ? best.trees() : params.treeCounts().get(0);
        String text = ForestText.write(trees.subList(0, count), depth, train.featureNames(), featureInfos(train),
                savedParams(depth, count, seed));
        return new ForestTuning(grid, best, LightGbmModel.fromText(text));
    }

    /** Validation RMSE of every grid point, from running sums of each row's tree predictions at each depth. */
    private List<GridPoint> score(List<GrownTree> trees, TrainingSet validation) {
        double[][] rows = validation.matrix();
        int[] depths = params.depths().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[][] sums = new double[depths.length][rows.length];
        double[] atDepths = new double[depths.length];
        double[][] rmse = new double[depths.length][trees.size() + 1];
        for (int t = 1; t <= trees.size(); t++) {
            GrownTree tree = trees.get(t - 1);
            for (int i = 0; i < rows.length; i++) {
                tree.predictAtDepths(rows[i], depths, atDepths);
                for (int k = 0; k < depths.length; k++) sums[k][i] += atDepths[k];
            }
            if (!params.treeCounts().contains(t)) continue;
            for (int k = 0; k < depths.length; k++) {
                double squares = 0;
                for (int i = 0; i < rows.length; i++) {
                    double err = sums[k][i] / t - validation.target(i);
                    squares += err * err;
                }
                rmse[k][t] = Math.sqrt(squares / rows.length);
            }
        }
        List<GridPoint> grid = new ArrayList<>();
        for (int depth : params.depths()) {
            int k = Arrays.binarySearch(depths, depth);
            for (int count : params.treeCounts()) grid.add(new GridPoint(depth, count, rmse[k][count]));
        }
        return grid;
    }

    private Map<String, Object> savedParams(int depth, int trees, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("boosting", "rf");
        p.put("objective", "regression");
        p.put("num_iterations", trees);
        p.put("max_depth", depth);
        p.put("min_data_in_leaf", params.minDataInLeaf());
        p.put("feature_fraction", params.featureFraction());
        p.put("bagging_fraction", params.sampleFraction());
        p.put("seed", seed);
        return p;
    }

    private static String featureInfos(TrainingSet train) {
        List<String> infos = new ArrayList<>();
        double[][] x = train.matrix();
        for (int f = 0; f < train.width(); f++) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                double v = row[f];
                if (Double.isNaN(v)) continue;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            infos.add(min <= max ? "[" + min + ":" + max + "]" : "none");
        }
        return String.join(" ", infos);
    }

    @Override
    public String toString() {
        return name() + params;
    }
}
