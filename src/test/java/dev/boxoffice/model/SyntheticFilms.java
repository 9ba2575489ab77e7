package dev.boxoffice.model;

import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic films for trainer tests: four features shaped like the seed features (runtime, popularity,
 * vote average, log budget) and a log revenue that depends on them non-linearly, plus noise.
 */
public final class SyntheticFilms {
    public static final List<String> FEATURES = List.of("runtime", "popularity", "vote_average", "log_budget");

    private SyntheticFilms() {}

    /** n films whose target is log1p(revenue); ids start at {@code firstId}. */
    public static TrainingSet regression(int n, long seed, long firstId) {
        Random random = new Random(seed);
        long[] ids = new long[n];
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double runtime = 105 + 20 * random.nextGaussian();
            double popularity = Math.exp(2 + random.nextGaussian());
            double vote = 6.2 + 0.9 * random.nextGaussian();
            double logBudget = 16.5 + 1.5 * random.nextGaussian();
            ids[i] = firstId + i;
            x[i] = new double[] {runtime, popularity, vote, logBudget};
            y[i] = 0.9 * logBudget + 0.3 * Math.log1p(popularity) + 0.4 * Math.max(0, vote - 6.5)
                    + 0.004 * runtime + Math.sin(logBudget) + 0.4 * random.nextGaussian();
        }
        return new TrainingSet(FEATURES, ids, x, y);
    }

    /** The same films labelled hit (1) when their noisy log revenue exceeds the median-ish cut. */
    public static TrainingSet classification(int n, long seed, long firstId) {
        TrainingSet films = regression(n, seed, firstId);
        Random random = new Random(seed + 1);
        double[] hit = new double[n];
        for (int i = 0; i < n; i++) hit[i] = films.target(i) + 0.5 * random.nextGaussian() > 17.3 ? 1 : 0;
        return films.withTargets(hit);
    }

    /** The RMSE of always predicting the mean of {@code train}'s targets on {@code test}. */
    public static double meanPredictorRmse(TrainingSet train, TrainingSet test) {
        double mean = 0;
        for (int i = 0; i < train.size(); i++) mean += train.target(i) / train.size();
        double[] constant = new double[test.size()];
        java.util.Arrays.fill(constant, mean);
        return RegressionMetrics.of(test.targets(), constant).rmse();
    }
}
