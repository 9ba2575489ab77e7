package dev.boxoffice.model.lightgbm;

import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingSet;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One native LightGBM training run: the datasets and the booster, freed on {@link #close()}. Every native
 * failure becomes a {@link TrainingException} carrying the context given at {@link #open} (trainer and params).
 * Not thread-safe; a session lives inside one trainer call.
 */
public final class LightGbmSession implements AutoCloseable {
    private final String context;
    private final List<String> featureNames;
    private LGBMDataset train;
    private LGBMDataset validation;
    private LGBMBooster booster;
    private int iterations;

    private LightGbmSession(String context, List<String> featureNames) {
        this.context = context;
        this.featureNames = featureNames;
    }

    /**
     * Builds the datasets (validation binned like train) and the booster. Adds the settings every run shares:
     * silent, deterministic, row-wise histograms, no feature pre-filtering.
     *
     * @param validation rows whose metric {@link #validationMetric()} reports, or null
     * @throws TrainingException when LightGBM rejects the data or the parameters
     */
    public static LightGbmSession open(String context, TrainingSet train, TrainingSet validation,
                                       Map<String, Object> params) {
        NativeLightGbm.load();
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("verbosity", -1);
        all.put("deterministic", true);
        all.put("force_row_wise", true);
        all.put("feature_pre_filter", false);
        String paramString = all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        LightGbmSession session = new LightGbmSession(context, train.featureNames());
        try {
            session.train = dataset(train, paramString, null);
            if (validation != null) session.validation = dataset(validation, paramString, session.train);
            session.booster = LGBMBooster.create(session.train, paramString);
            if (validation != null) session.booster.addValidData(session.validation);
            return session;
        } catch (LGBMException | RuntimeException | UnsatisfiedLinkError e) {
            session.close();
            throw new TrainingException(context + ": " + e.getMessage(), e);
        }
    }

    private static LGBMDataset dataset(TrainingSet set, String params, LGBMDataset reference) throws LGBMException {
        LGBMDataset ds = LGBMDataset.createFromMat(set.rowMajor(), set.size(), set.width(), true, params, reference);
        try {
            float[] labels = new float[set.size()];
            for (int i = 0; i < labels.length; i++) labels[i] = (float) set.target(i);
            ds.setField("label", labels);
            ds.setFeatureNames(set.featureNames().toArray(new String[0]));
            return ds;
        } catch (LGBMException | RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** Trains one more iteration; false when LightGBM can split no further (nothing was added). */
    public boolean step() {
        try {
            boolean finished = booster.updateOneIter();
            if (!finished) iterations++;
            return !finished;
        } catch (LGBMException e) {
            throw new TrainingException(context + ": " + e.getMessage(), e);
        }
    }

    /** Iterations trained so far. */
    public int iterations() {
        return iterations;
    }

    /** The first metric of the current model on the validation rows (lower is better for rmse and logloss). */
    public double validationMetric() {
        if (validation == null) throw new IllegalStateException("no validation set in this session");
        try {
            return booster.getEval(1)[0];
        } catch (LGBMException e) {
            throw new TrainingException(context + ": " + e.getMessage(), e);
        }
    }

    /**
     * The model of the first {@code iterationCount} iterations, saved in LightGBM's text format and read back.
     *
     * @throws TrainingException when LightGBM rewrote the feature names (it replaces some characters)
     */
    public LightGbmModel model(int iterationCount) {
        if (iterationCount < 1 || iterationCount > iterations) {
            throw new IllegalArgumentException("iterationCount must be in [1, " + iterations + "], got "
                    + iterationCount);
        }
        try {
            LightGbmModel model = LightGbmModel.fromText(
                    booster.saveModelToString(0, iterationCount, LGBMBooster.FeatureImportanceType.SPLIT));
            if (!model.featureNames().equals(featureNames)) {
                throw new TrainingException(context + ": LightGBM changed the feature names " + featureNames
                        + " to " + model.featureNames());
            }
            return model;
        } catch (LGBMException e) {
            throw new TrainingException(context + ": " + e.getMessage(), e);
        }
    }

    /** Frees the native booster and datasets; safe to call twice. */
    @Override
    public void close() {
        String failure = null;
        try {
            if (booster != null) booster.close();
        } catch (LGBMException e) {
            failure = e.getMessage();
        }
        try {
            if (validation != null) validation.close();
            if (train != null) train.close();
        } catch (LGBMException e) {
            failure = e.getMessage();
        }
        booster = null;
        validation = null;
        train = null;
        if (failure != null) throw new TrainingException(context + ": freeing native memory: " + failure);
    }
}
