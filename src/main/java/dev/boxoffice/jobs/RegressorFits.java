package dev.boxoffice.jobs;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.ensemble.EnsembleModel;
import dev.boxoffice.model.ensemble.ResidualModel;
import dev.boxoffice.model.forest.ForestTuning;
import dev.boxoffice.model.forest.RandomForestParams;
import dev.boxoffice.model.forest.RandomForestTrainer;
import dev.boxoffice.model.lightgbm.LightGbmModel;
import dev.boxoffice.model.lightgbm.LightGbmParams;
import dev.boxoffice.model.lightgbm.LightGbmTrainer;
import dev.boxoffice.model.ols.OlsModel;
import dev.boxoffice.model.ols.OlsTrainer;
import dev.boxoffice.model.xgboost.XgboostModel;
import dev.boxoffice.model.xgboost.XgboostParams;
import dev.boxoffice.model.xgboost.XgboostTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How each regressor is fitted on a split. Early stopping and the forest's grid look at validation only. When
 * the feature set names an anchor, the tree models learn what a straight line on it leaves (see
 * {@link ResidualModel}). When refitting, the settings chosen on validation (rounds, forest size) are then
 * used once more on train and validation together, the latest films being the most telling about the next
 * ones; the model chosen on validation is what validation scores, the refitted one is what is tested and kept.
 *
 * @param anchor the feature set's anchor, or null
 * @param refitRows train and validation rows to refit on, or null for no refit
 * @param boosterSeeds how many boosters, seeded {@code seed}, {@code seed + 1}..., each stopped early on its
 *        own, are averaged into the XGBoost and the LightGBM model; 1 for a single booster
 */
record RegressorFits(String anchor, TrainingSet refitRows, long seed, int boosterSeeds) {

    RegressorFits {
        if (boosterSeeds < 1) throw new IllegalArgumentException("boosterSeeds must be >= 1, got " + boosterSeeds);
    }

    /** A regressor as chosen on validation and as promoted (the same model when there is no refit). */
    record Fitted(TrainedModel chosen, TrainedModel promoted, List<String> notes) {
    }

    /** Fits one booster or forest on given rows; {@code like} is the chosen model whose settings a refit reuses. */
    private interface Fit {
        TrainedModel fit(TrainingSet train, TrainingSet validation, TrainedModel like, long seed);
    }

    Fitted ols(TrainingSet train) {
        TrainedModel chosen = new OlsTrainer().train(train, null, seed);
        return new Fitted(chosen, refitRows == null ? chosen : new OlsTrainer().train(refitRows, null, seed), List.of());
    }

    Fitted xgboost(TrainingSet train, TrainingSet validation) {
        return anchored(train, validation, averaged("xgboost", (tr, va, like, s) -> like == null
                ? new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(tr, va, s)
                : new XgboostTrainer(Task.REGRESSION, rounds(XgboostParams.DEFAULTS, ((XgboostModel) like).trees().size()))
                        .train(tr, null, s)), averagedNote("xgboost"));
    }

    Fitted lightGbm(TrainingSet train, TrainingSet validation) {
        return anchored(train, validation, averaged("gradient_boosting", (tr, va, like, s) -> like == null
                ? new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS).train(tr, va, s)
                : new LightGbmTrainer(Task.REGRESSION, rounds(LightGbmParams.DEFAULTS, ((LightGbmModel) like).trees().size()))
                        .train(tr, null, s)), averagedNote("gradient_boosting"));
    }

    /**
     * One booster per seed, averaged: row sampling makes a single booster's forecast move with its seed by a few
     * percent, which a forecast refreshed every week should not. A refit gives each member its own rounds back.
     */
    private Fit averaged(String name, Fit one) {
        if (boosterSeeds == 1) return one;
        return (tr, va, like, s) -> {
            List<TrainedModel> members = new ArrayList<>();
            for (int k = 0; k < boosterSeeds; k++) {
                members.add(one.fit(tr, va, like == null ? null : ((EnsembleModel) like).members().get(k), s + k));
            }
            return EnsembleModel.of(name, members);
        };
    }

    private List<String> averagedNote(String name) {
        return boosterSeeds == 1 ? List.of() : List.of(String.format(Locale.ROOT,
                "%s: the mean of %d boosters seeded %d to %d", name, boosterSeeds, seed, seed + boosterSeeds - 1));
    }

    /** The forest's grid is scored on validation (on the residuals when anchored); the winner's size is refitted. */
    Fitted forest(TrainingSet train, TrainingSet validation) {
        ForestTuning[] tuning = new ForestTuning[1];
        Fitted fitted = anchored(train, validation, (tr, va, like, s) -> {
            if (like != null) {
                return new RandomForestTrainer(RandomForestParams.fixed(tuning[0].best().depth(), tuning[0].best().trees()))
                        .tune(tr, null, s).model();
            }
            tuning[0] = new RandomForestTrainer(RandomForestParams.GRID).tune(tr, va, s);
            return tuning[0].model();
        }, List.of());
        String note = String.format(Locale.ROOT, "random_forest grid: %d fits scored; best max_depth=%d trees=%d (val RMSE %.4f%s)",
                tuning[0].grid().size(), tuning[0].best().depth(), tuning[0].best().trees(),
                tuning[0].best().validationRmse(), anchor == null ? "" : " on the residual of the " + anchor + " line");
        return new Fitted(fitted.chosen(), fitted.promoted(), List.of(note));
    }

    private Fitted anchored(TrainingSet train, TrainingSet validation, Fit fit, List<String> notes) {
        if (anchor == null) {
            TrainedModel chosen = fit.fit(train, validation, null, seed);
            return new Fitted(chosen, refitRows == null ? chosen : fit.fit(refitRows, null, chosen, seed), notes);
        }
        OlsModel line = ResidualModel.fitLine(train, anchor);
        TrainedModel inner = fit.fit(ResidualModel.residuals(train, line), ResidualModel.residuals(validation, line), null, seed);
        TrainedModel chosen = ResidualModel.of(line, inner, ResidualModel.anchorMean(train, anchor));
        if (refitRows == null) return new Fitted(chosen, chosen, notes);
        OlsModel refitLine = ResidualModel.fitLine(refitRows, anchor);
        TrainedModel refitInner = fit.fit(ResidualModel.residuals(refitRows, refitLine), null, inner, seed);
        return new Fitted(chosen, ResidualModel.of(refitLine, refitInner, ResidualModel.anchorMean(refitRows, anchor)), notes);
    }

    private static XgboostParams rounds(XgboostParams p, int rounds) {
        return new XgboostParams(p.eta(), rounds, 0, p.maxDepth(), p.minChildWeight(), p.subsample(),
                p.colsampleBytree(), p.lambda(), p.threads());
    }

    private static LightGbmParams rounds(LightGbmParams p, int rounds) {
        return new LightGbmParams(p.learningRate(), rounds, 0, p.numLeaves(), p.maxDepth(), p.minDataInLeaf(),
                p.featureFraction(), p.baggingFraction(), p.lambdaL2(), p.threads());
    }
}
