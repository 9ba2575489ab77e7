package dev.boxoffice.model.lightgbm;

import dev.boxoffice.model.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of LightGBM gradient boosting.
 *
 * @param learningRate shrinkage per round, in (0, 1]
 * @param maxRounds most boosting rounds, >= 1
 * @param earlyStoppingRounds stop after this many rounds without a better validation score; 0 = no early
 *        stopping (then exactly maxRounds rounds are trained and no validation set is needed)
 * @param numLeaves most leaves per tree, in [2, 131072]
 * @param maxDepth deepest split, or -1 for no limit besides numLeaves
 * @param minDataInLeaf fewest training rows in a leaf, >= 1
 * @param featureFraction share of features tried per tree, in (0, 1]
 * @param baggingFraction share of rows sampled (without replacement) per tree, in (0, 1]; 1 = no bagging
 * @param lambdaL2 L2 penalty on leaf values, >= 0
 * @param threads native threads, >= 1 (results depend on it only through float summation order)
 */
public record LightGbmParams(double learningRate, int maxRounds, int earlyStoppingRounds, int numLeaves,
                             int maxDepth, int minDataInLeaf, double featureFraction, double baggingFraction,
                             double lambdaL2, int threads) {

    /**
     * Small trees, slow learning rate and early stopping, chosen on the seed split's validation set. Leaves of
     * 5 rows let the trees isolate TMDB's unit-error films (revenue in millions); one thread, because on a few
     * thousand rows OpenMP's fork-join costs more than it saves, and spin-waits on a busy machine.
     */
    public static final LightGbmParams DEFAULTS = new LightGbmParams(0.05, 2000, 50, 7, -1, 5, 1.0, 0.8, 1.0, 1);

    public LightGbmParams {
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
        if (maxRounds < 1) throw new IllegalArgumentException("maxRounds must be >= 1, got " + maxRounds);
        if (earlyStoppingRounds < 0) {
            throw new IllegalArgumentException("earlyStoppingRounds must be >= 0, got " + earlyStoppingRounds);
        }
        if (numLeaves < 2 || numLeaves > 131072) {
            throw new IllegalArgumentException("numLeaves must be in [2, 131072], got " + numLeaves);
        }
        if (maxDepth == 0 || maxDepth < -1) {
            throw new IllegalArgumentException("maxDepth must be >= 1 or -1 (no limit), got " + maxDepth);
        }
        if (minDataInLeaf < 1) throw new IllegalArgumentException("minDataInLeaf must be >= 1, got " + minDataInLeaf);
        if (!(featureFraction > 0 && featureFraction <= 1)) {
            throw new IllegalArgumentException("featureFraction must be in (0, 1], got " + featureFraction);
        }
        if (!(baggingFraction > 0 && baggingFraction <= 1)) {
            throw new IllegalArgumentException("baggingFraction must be in (0, 1], got " + baggingFraction);
        }
        if (!(lambdaL2 >= 0)) throw new IllegalArgumentException("lambdaL2 must be >= 0, got " + lambdaL2);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** The LightGBM parameters for {@code task}, seeded, deterministic and silent. */
    public Map<String, Object> nativeParams(Task task, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("boosting", "gbdt");
        p.put("objective", task == Task.REGRESSION ? "regression" : "binary");
        p.put("metric", task == Task.REGRESSION ? "rmse" : "binary_logloss");
        p.put("learning_rate", learningRate);
        p.put("num_iterations", maxRounds);
        p.put("early_stopping_round", earlyStoppingRounds);
        p.put("num_leaves", numLeaves);
        p.put("max_depth", maxDepth);
        p.put("min_data_in_leaf", minDataInLeaf);
        p.put("feature_fraction", featureFraction);
        p.put("bagging_fraction", baggingFraction);
        p.put("bagging_freq", baggingFraction < 1 ? 1 : 0);
        p.put("lambda_l2", lambdaL2);
        p.put("num_threads", threads);
        p.put("seed", seed);
        return p;
    }
}
