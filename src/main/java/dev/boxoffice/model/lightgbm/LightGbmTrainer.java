package dev.boxoffice.model.lightgbm;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingInputs;
import dev.boxoffice.model.TrainingSet;
import java.util.Collections;
import java.util.Map;

/**
 * LightGBM gradient boosting (gbdt) for log1p(revenue) or the hit label. With early stopping it trains until
 * the validation metric (rmse, or binary logloss) has not improved for {@code earlyStoppingRounds} rounds and
 * keeps the trees up to the best round, which the model records as {@code num_trees}.
 */
public final class LightGbmTrainer implements Trainer {
    private final Task task;
    private final LightGbmParams params;

    public LightGbmTrainer(Task task, LightGbmParams params) {
        if (task == null || params == null) throw new IllegalArgumentException("task and params must not be null");
        this.task = task;
        this.params = params;
    }

    @Override
    public String name() {
        return task == Task.REGRESSION ? "gradient_boosting" : "gradient_boosting_classifier";
    }

    @Override public Task task() { return task; }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> map = params.nativeParams(task, 0);
        map.remove("seed");
        return Collections.unmodifiableMap(map);
    }

    /**
     * Trains a model.
     *
     * @param validation the early-stopping rows; required unless earlyStoppingRounds is 0
     * @throws IllegalArgumentException for bad inputs or a missing validation set
     * @throws dev.boxoffice.model.TrainingException when LightGBM fails, naming this trainer and its params
     */
    @Override
    public LightGbmModel train(TrainingSet train, TrainingSet validation, long seed) {
        TrainingInputs.check(name(), task, train, validation);
        boolean early = params.earlyStoppingRounds() > 0;
        if (early && validation == null) {
            throw new IllegalArgumentException(name() + " needs a validation set for early stopping"
                    + " (or earlyStoppingRounds = 0)");
        }
        Map<String, Object> nativeParams = params.nativeParams(task, seed);
        String context = name() + " training failed with params " + nativeParams;
        try (LightGbmSession session = LightGbmSession.open(context, train, early ? validation : null,
                nativeParams)) {
            int best = 0;
            double bestScore = Double.POSITIVE_INFINITY;
            while (session.iterations() < params.maxRounds() && session.step()) {
                if (!early) continue;
                double score = session.validationMetric();
                if (score < bestScore) {
                    bestScore = score;
                    best = session.iterations();
                } else if (session.iterations() - best >= params.earlyStoppingRounds()) {
                    break;
                }
            }
            if (session.iterations() == 0) throw new TrainingException(context + ": LightGBM found no split in the data");
            return session.model(early && best > 0 ? best : session.iterations());
        }
    }

    @Override
    public String toString() {
        return name() + params;
    }
}
