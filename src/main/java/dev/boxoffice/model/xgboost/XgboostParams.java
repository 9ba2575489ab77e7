package dev.boxoffice.model.xgboost;

import dev.boxoffice.model.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of XGBoost (hist trees).
 *
 * @param eta shrinkage per round, in (0, 1]
 * @param maxRounds most boosting rounds, >= 1
 * @param earlyStoppingRounds stop after this many rounds without a better validation score; 0 = no early
 *        stopping (then exactly maxRounds rounds are trained and no validation set is needed)
 * @param maxDepth deepest split, in [1, 30]
 * @param minChildWeight least hessian sum in a child, >= 0
 * @param subsample share of rows sampled per tree, in (0, 1]
 * @param colsampleBytree share of features sampled per tree, in (0, 1]
 * @param lambda L2 penalty on leaf weights, >= 0
 * @param threads native threads, >= 1
 */
public record XgboostParams(double eta, int maxRounds, int earlyStoppingRounds, int maxDepth, double minChildWeight,
                            double subsample, double colsampleBytree, double lambda, int threads) {

    /**
     * Depth-3 trees (the reference's depth), slow learning rate and early stopping, chosen on the seed split's
     * validation set; one thread, because on a few thousand rows OpenMP's fork-join costs more than it saves.
     */
    public static final XgboostParams DEFAULTS = new XgboostParams(0.05, 2000, 50, 3, 1.0, 0.8, 1.0, 1.0, 1);

    public XgboostParams {
        if (!(eta > 0 && eta <= 1)) throw new IllegalArgumentException("eta must be in (0, 1], got " + eta);
        if (maxRounds < 1) throw new IllegalArgumentException("maxRounds must be >= 1, got " + maxRounds);
        if (earlyStoppingRounds < 0) {
            throw new IllegalArgumentException("earlyStoppingRounds must be >= 0, got " + earlyStoppingRounds);
        }
        if (maxDepth < 1 || maxDepth > 30) throw new IllegalArgumentException("maxDepth must be in [1, 30], got " + maxDepth);
        if (!(minChildWeight >= 0)) throw new IllegalArgumentException("minChildWeight must be >= 0, got " + minChildWeight);
        if (!(subsample > 0 && subsample <= 1)) throw new IllegalArgumentException("subsample must be in (0, 1], got " + subsample);
        if (!(colsampleBytree > 0 && colsampleBytree <= 1)) {
            throw new IllegalArgumentException("colsampleBytree must be in (0, 1], got " + colsampleBytree);
        }
        if (!(lambda >= 0)) throw new IllegalArgumentException("lambda must be >= 0, got " + lambda);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** The parameters as recorded with a model (XGBoost's names, plus the stopping rule). */
    public Map<String, Object> toMap(Task task) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", task == Task.REGRESSION ? "reg:squarederror" : "binary:logistic");
        p.put("eval_metric", task == Task.REGRESSION ? "rmse" : "logloss");
        p.put("tree_method", "hist");
        p.put("eta", eta);
        p.put("max_depth", maxDepth);
        p.put("min_child_weight", minChildWeight);
        p.put("subsample", subsample);
        p.put("colsample_bytree", colsampleBytree);
        p.put("lambda", lambda);
        p.put("max_rounds", maxRounds);
        p.put("early_stopping_rounds", earlyStoppingRounds);
        p.put("nthread", threads);
        return p;
    }

    /** The booster parameters for XGBoost4J: {@link #toMap} less our own keys, seeded and silent. */
    Map<String, Object> boosterParams(Task task, long seed) {
        Map<String, Object> p = toMap(task);
        p.remove("max_rounds");
        p.remove("early_stopping_rounds");
        p.put("seed", seed);
        p.put("verbosity", 0);
        return p;
    }
}
