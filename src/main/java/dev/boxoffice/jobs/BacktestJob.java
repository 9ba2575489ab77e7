package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.Split;
import dev.boxoffice.model.Split.Part;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.ols.OlsTrainer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges forecasts as they would have been made: for each cutoff year, trains on films released before it
 * and tests on films released from it on, beside a straight line on log1p(budget) and the seed profile.
 */
public final class BacktestJob {
    /** Share of the pre-cutoff films, the latest ones, kept for validation. */
    static final double VALIDATION_SHARE = 0.2;

    private final PrintWriter progress;

    public BacktestJob(PrintWriter progress) {
        this.progress = progress;
    }

    /** Back-tests a profile at each cutoff; {@code reportDir} receives nothing but is where runs would write. */
    public BacktestReport run(List<Movie> movies, Profile profile, List<Integer> cutoffs, long seed, Path reportDir) {
        long start = System.nanoTime();
        List<Movie> eligible = movies.stream().filter(TrainingData::eligible).toList();
        TrainJob quiet = new TrainJob(new PrintWriter(new StringWriter()));
        List<BacktestReport.Cutoff> results = new ArrayList<>();
        for (int cutoff : cutoffs) {
            progress.printf("back-test %s at cutoff %d...%n", profile.cliName(), cutoff);
            progress.flush();
            Split split = TemporalSplit.atCutoff(eligible, cutoff, VALIDATION_SHARE);
            TrainReport model = quiet.run(movies, options(profile, seed, reportDir), split, profile != Profile.SEED);
            TrainReport seedRun = quiet.run(movies, options(Profile.SEED, seed, reportDir), split);
            Map<String, Map<String, Object>> baseline = baseline(movies, split);
            Map<String, Object> modelSide = summary(model.bestRegressor());
            modelSide.put("hit_classifier", hitClassifier(model.bestClassifier()));
            modelSide.put("candidates", candidates(model));
            Map<String, Object> seedSide = summary(seedRun.bestRegressor());
            seedSide.put("hit_classifier", hitClassifier(seedRun.bestClassifier()));
            results.add(new BacktestReport.Cutoff(cutoff, model.rows(), modelSide, seedSide, baseline));
        }
        return new BacktestReport(profile, results, (System.nanoTime() - start) / 1e9);
    }

    private static TrainOptions options(Profile profile, long seed, Path reportDir) {
        return new TrainOptions(profile, null, seed, reportDir, null, profile != Profile.SEED, false);
    }

    private static Map<String, Object> summary(ModelResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        for (String part : BacktestReport.SIDE_PARTS) m.put(part, r.metrics().get(part));
        for (String part : BacktestReport.SIDE_PARTS) {
            Map<String, Object> without = r.metrics().get(part + CreditSwitch.SUFFIX);
            if (without != null) m.put(part + CreditSwitch.SUFFIX, without);
        }
        return m;
    }

    /**
     * Every regressor the cutoff trained, with the validation figures the choice was made on and the test
     * figures it was not: how close the choice was, and what another rule would have promoted.
     */
    private static List<Map<String, Object>> candidates(TrainReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ModelResult r : report.regressors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            for (String part : List.of("val", "val_plausible", "test", "test_plausible")) {
                m.put(part + "_rmse", r.metric(part, "rmse"));
            }
            out.add(m);
        }
        return out;
    }

    /** The hit classifier chosen at this cutoff: its test metrics and how calibrated it stayed after the cutoff. */
    private static Map<String, Object> hitClassifier(ModelResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("test", r.metrics().get("test"));
        if (r.metrics().containsKey("test" + CreditSwitch.SUFFIX)) {
            m.put("test" + CreditSwitch.SUFFIX, r.metrics().get("test" + CreditSwitch.SUFFIX));
        }
        m.put("calibration", r.calibration().get("test").toMap());
        return m;
    }

    /** OLS of log1p(revenue) on log1p(budget) alone, fitted on every film before the cutoff. */
    private static Map<String, Map<String, Object>> baseline(List<Movie> movies, Split split) {
        List<Movie> eligible = movies.stream().filter(TrainingData::eligible).toList();
        List<Movie> past = new ArrayList<>();
        List<Movie> future = new ArrayList<>();
        for (Movie m : eligible) {
            Part p = split.partOf(m.id());
            if (p == Part.TEST) future.add(m); else if (p != null) past.add(m);
        }
        TrainedModel line = new OlsTrainer().train(logBudget(past), null, 0);
        TrainingSet test = logBudget(future);
        double[] predicted = line.predictAll(test.matrix());
        boolean[] plausible = new boolean[future.size()];
        for (int i = 0; i < plausible.length; i++) plausible[i] = !future.get(i).hasImplausibleMoney();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("test", RegressionMetrics.of(test.targets(), predicted).toMap());
        out.put("test_plausible", RegressionMetrics.of(Evaluation.select(test.targets(), plausible),
                Evaluation.select(predicted, plausible)).toMap());
        return out;
    }

    private static TrainingSet logBudget(List<Movie> films) {
        long[] ids = new long[films.size()];
        double[][] x = new double[films.size()][];
        double[] y = new double[films.size()];
        for (int i = 0; i < ids.length; i++) {
            Movie m = films.get(i);
            ids[i] = m.id();
            x[i] = new double[] {Math.log1p(m.budgetOrZero())};
            y[i] = Math.log1p(m.revenueOrZero());
        }
        return new TrainingSet(List.of("log_budget"), ids, x, y);
    }
}
