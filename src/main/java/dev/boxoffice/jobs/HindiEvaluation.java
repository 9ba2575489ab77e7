package dev.boxoffice.jobs;

import dev.boxoffice.model.KFold;
import dev.boxoffice.model.Predictor;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one trainer on a small market's films: k-fold CV on given folds (the mean of the per-fold RMSEs, as
 * the reference reports it, and the metrics of the pooled out-of-fold predictions), a temporal back-test, and
 * a conformal interval fitted on the out-of-fold residuals.
 */
final class HindiEvaluation {
    private final Trainer trainer;
    private final long seed;
    private final TrainingSet all;
    private final List<KFold.Fold> folds;
    private final boolean[] before;
    private final double[] outOfFold;
    private final double cvRmse;

    /** @param before per row: released before the back-test's cutoff year (trained on) or not (tested on) */
    HindiEvaluation(Trainer trainer, long seed, TrainingSet all, List<KFold.Fold> folds, boolean[] before) {
        if (before.length != all.size()) throw new IllegalArgumentException("need one cutoff flag per row");
        this.trainer = trainer;
        this.seed = seed;
        this.all = all;
        this.folds = List.copyOf(folds);
        this.before = before.clone();
        this.outOfFold = new double[all.size()];
        double sum = 0;
        for (KFold.Fold fold : this.folds) {
            int[] test = fold.testIndices();
            TrainedModel model = trainer.train(all.subset(fold.trainIndices()), null, seed);
            TrainingSet held = all.subset(test);
            double[] predicted = model.predictAll(held.matrix());
            for (int k = 0; k < test.length; k++) outOfFold[test[k]] = predicted[k];
            sum += RegressionMetrics.of(held.targets(), predicted).rmse();
        }
        this.cvRmse = sum / this.folds.size();
    }

    /** The mean of the per-fold RMSEs. */
    double cvRmse() {
        return cvRmse;
    }

    /** "cv", "cv_pooled", "backtest" and "interval" (what the Predictor reads to give a range). */
    Map<String, Map<String, Object>> metrics() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("rmse", cvRmse);
        cv.put("folds", (double) folds.size());
        cv.put("n", (double) all.size());
        out.put("cv", cv);
        out.put("cv_pooled", RegressionMetrics.of(all.targets(), outOfFold).toMap());
        int[] train = rows(true);
        int[] test = rows(false);
        TrainedModel model = trainer.train(all.subset(train), null, seed);
        TrainingSet held = all.subset(test);
        double[] predicted = model.predictAll(held.matrix());
        Map<String, Object> backtest = new LinkedHashMap<>(RegressionMetrics.of(held.targets(), predicted).toMap());
        backtest.put("train_n", (double) train.length);
        out.put("backtest", backtest);
        ConformalInterval interval = ConformalInterval.fit(all.targets(), outOfFold);
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("level", interval.level());
        range.put("lower", interval.lower());
        range.put("upper", interval.upper());
        range.put("cv_coverage", interval.coverage(all.targets(), outOfFold));
        range.put("backtest_coverage", interval.coverage(held.targets(), predicted));
        out.put(Predictor.INTERVAL_METRICS, range);
        return out;
    }

    private int[] rows(boolean wanted) {
        int n = 0;
        for (boolean b : before) if (b == wanted) n++;
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < before.length; i++) if (before[i] == wanted) out[j++] = i;
        return out;
    }
}
