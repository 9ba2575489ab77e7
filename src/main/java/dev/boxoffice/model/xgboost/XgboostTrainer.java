package dev.boxoffice.model.xgboost;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingInputs;
import dev.boxoffice.model.TrainingSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost (reg:squarederror or binary:logistic, hist trees). With early stopping it boosts until the validation
 * metric (rmse or logloss) has not improved for {@code earlyStoppingRounds} rounds, then grows the best number
 * of rounds again with the same seed (the same trees) so the saved model holds exactly the trees it uses; the
 * booster attributes record best_iteration, best_score and the params. Native handles are freed before return.
 */
public final class XgboostTrainer implements Trainer {
    private final Task task;
    private final XgboostParams params;

    public XgboostTrainer(Task task, XgboostParams params) {
        if (task == null || params == null) throw new IllegalArgumentException("task and params must not be null");
        this.task = task;
        this.params = params;
    }

    @Override public String name() { return task == Task.REGRESSION ? "xgboost" : "xgboost_classifier"; }
    @Override public Task task() { return task; }
    @Override public Map<String, Object> params() { return Collections.unmodifiableMap(params.toMap(task)); }

    /**
     * Trains a model.
     *
     * @param validation the early-stopping rows; required unless earlyStoppingRounds is 0
     * @throws IllegalArgumentException for bad inputs or a missing validation set
     * @throws TrainingException when XGBoost fails, naming this trainer and its params
     */
    @Override
    public XgboostModel train(TrainingSet train, TrainingSet validation, long seed) {
        TrainingInputs.check(name(), task, train, validation);
        boolean early = params.earlyStoppingRounds() > 0;
        if (early && validation == null) {
            throw new IllegalArgumentException(name() + " needs a validation set for early stopping"
                    + " (or earlyStoppingRounds = 0)");
        }
        Map<String, Object> boosterParams = params.boosterParams(task, seed);
        String context = name() + " training failed with params " + boosterParams;
        DMatrix trainMatrix = null, validationMatrix = null;
        Booster booster = null;
        try {
            trainMatrix = matrix(train);
            int rounds = params.maxRounds();
            double bestScore = Double.NaN;
            if (early) {
                validationMatrix = matrix(validation);
                booster = XGBoost.train(trainMatrix, boosterParams, 0, Map.of(), null, null);
                int best = -1;
                for (int round = 0; round < params.maxRounds() && round - best <= params.earlyStoppingRounds(); round++) {
                    booster.update(trainMatrix, round);
                    double score = metric(booster.evalSet(new DMatrix[] {validationMatrix}, new String[] {"val"}, round));
                    if (best < 0 || score < bestScore) {
                        best = round;
                        bestScore = score;
                    }
                }
                rounds = best + 1;
                booster.dispose();
            }
            booster = XGBoost.train(trainMatrix, boosterParams, rounds, Map.of(), null, null);
            Map<String, Object> recorded = new LinkedHashMap<>(params.toMap(task));
            recorded.put("seed", seed);
            recorded.put("num_trees", rounds);
            booster.setAttr("best_iteration", Integer.toString(rounds - 1));
            if (early) booster.setAttr("best_score", Double.toString(bestScore));
            booster.setAttr(XgboostJson.PARAMS_ATTRIBUTE, XgboostJson.paramsJson(recorded));
            return XgboostModel.fromJson(booster.toByteArray("json"));
        } catch (XGBoostError e) {
            throw new TrainingException(context + ": " + e.getMessage(), e);
        } finally {
            if (booster != null) booster.dispose();
            if (validationMatrix != null) validationMatrix.dispose();
            if (trainMatrix != null) trainMatrix.dispose();
        }
    }

    private static DMatrix matrix(TrainingSet set) throws XGBoostError {
        double[] flat = set.rowMajor();
        float[] data = new float[flat.length];
        for (int i = 0; i < flat.length; i++) data[i] = (float) flat[i];
        float[] labels = new float[set.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = (float) set.target(i);
        DMatrix m = new DMatrix(data, set.size(), set.width(), Float.NaN);
        try {
            m.setLabel(labels);
            m.setFeatureNames(set.featureNames().toArray(new String[0]));
            return m;
        } catch (XGBoostError | RuntimeException e) {
            m.dispose();
            throw e;
        }
    }

    /** The metric value of an evalSet line such as "[12]\tval-rmse:1.2345". */
    private static double metric(String evalLine) {
        int colon = evalLine.lastIndexOf(':');
        if (colon < 0) throw new IllegalStateException("unexpected XGBoost evaluation output '" + evalLine + "'");
        return Double.parseDouble(evalLine.substring(colon + 1).trim());
    }

    @Override
    public String toString() {
        return name() + params;
    }
}
