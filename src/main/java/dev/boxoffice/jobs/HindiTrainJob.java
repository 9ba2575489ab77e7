package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.model.KFold;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.SklearnKFold;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.forest.RandomForestParams;
import dev.boxoffice.model.forest.RandomForestTrainer;
import dev.boxoffice.model.ols.OlsTrainer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the Hindi-language (market "hi") models on the films of that market with budget and revenue: the
 * reference study's random forest (200 trees, unlimited depth, all features per split, bootstrap: scikit-learn's
 * defaults) on its five features, and this project's Hindi model, a linear regression on the same facts in log
 * form with the unit-error budget hinge (chosen in docs/hindi.md). Each is scored by the reference's 5-fold CV
 * (scikit-learn's shuffled folds, seed 1) and by a temporal back-test (train before 2016, test from 2016),
 * then trained on every film.
 */
public final class HindiTrainJob {
    /** The reference's CV: 5 folds, shuffled with seed 1. */
    public static final int FOLDS = 5;
    public static final long CV_SEED = 1;
    /** The back-test trains on films released before this year and tests on the rest. */
    public static final int CUTOFF_YEAR = 2016;
    /** The Java forest's seed (its trees cannot match scikit-learn's draws; its RMSE is compared instead). */
    public static final long FOREST_SEED = 1;
    /** scikit-learn's max_depth=None: no tree of a few hundred films gets anywhere near this deep. */
    static final int UNLIMITED_DEPTH = 1_000;
    static final int REFERENCE_TREES = 200;

    private final PrintWriter progress;

    /** @param progress where progress lines go (stderr on the command line) */
    public HindiTrainJob(PrintWriter progress) {
        this.progress = progress;
    }

    /**
     * The training rows: Hindi-market films with budget, revenue and the people aggregates known (both models
     * read them; a film without them would be trained on as the typical film), in the reference export's
     * order, revenue descending then TMDB id descending. Shuffled folds are cut from row positions, so the
     * reference's CV is only reproduced on its row order, whatever order the store returns films in.
     */
    public static List<Movie> eligible(List<Movie> movies) {
        return movies.stream().filter(m -> Movie.HINDI.equals(m.market()) && m.budgetUsd() != null
                        && m.revenueUsd() != null && m.people() != null)
                .sorted(Comparator.comparing(Movie::revenueUsd).thenComparingLong(Movie::id).reversed()).toList();
    }

    /**
     * Evaluates and trains both models.
     *
     * @throws IllegalArgumentException when fewer than 20 eligible films, or any without a release date
     */
    public HindiTrainReport run(List<Movie> movies) {
        long start = System.nanoTime();
        List<Movie> films = eligible(movies);
        if (films.size() < 20) {
            throw new IllegalArgumentException("need at least 20 Hindi films with budget, revenue and people aggregates"
                    + " (cast_popularity, crew_popularity, star_present), got " + films.size());
        }
        for (Movie m : films) {
            if (m.releaseDate() == null) {
                throw new IllegalArgumentException("Hindi film " + m.id() + " (" + m.title() + ") has no release date");
            }
        }
        FilmHistory history = FilmHistory.of(movies);
        boolean[] before = new boolean[films.size()];
        for (int i = 0; i < before.length; i++) before[i] = films.get(i).releaseDate().getYear() < CUTOFF_YEAR;
        List<KFold.Fold> folds = new SklearnKFold(FOLDS, CV_SEED).folds(films.size());
        say("hi: %d films with budget and revenue; %d-fold CV (seed %d); back-test %d before %d / %d from it",
                films.size(), FOLDS, CV_SEED, count(before, true), CUTOFF_YEAR, count(before, false));

        RandomForestTrainer forest = new RandomForestTrainer(RandomForestParams.fixed(UNLIMITED_DEPTH, REFERENCE_TREES));
        List<HindiCandidate> candidates = new ArrayList<>();
        candidates.add(candidate(FeatureSets.HINDI_REFERENCE, forest, FOREST_SEED, films, history, folds, before));
        candidates.add(candidate(FeatureSets.HINDI, new OlsTrainer(), FOREST_SEED, films, history, folds, before));
        TrainingSet budgetOnly = column(rows(FeatureSets.HINDI_REFERENCE, films, history), "log_budget");
        double baseline = new HindiEvaluation(new OlsTrainer(), 0, budgetOnly, folds, before).cvRmse();
        say("  baseline linear on log_budget: CV RMSE %.4f", baseline);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new HindiTrainReport(candidates, films.size(), FOLDS, CV_SEED, FOREST_SEED, CUTOFF_YEAR,
                count(before, true), count(before, false), baseline, seconds);
    }

    private HindiCandidate candidate(FeatureSet set, Trainer trainer, long seed, List<Movie> films,
                                     FilmHistory history, List<KFold.Fold> folds, boolean[] before) {
        say("evaluating %s on %s...", trainer.name(), set.label());
        long t0 = System.nanoTime();
        TrainingSet all = rows(set, films, history);
        HindiEvaluation eval = new HindiEvaluation(trainer, seed, all, folds, before);
        Map<String, Map<String, Object>> metrics = eval.metrics();
        TrainedModel model = trainer.train(all, null, seed);
        double s = (System.nanoTime() - t0) / 1e9;
        say("  %s: CV RMSE %.4f, back-test RMSE %.4f (%.1f s)", trainer.name(), eval.cvRmse(),
                (double) metrics.get("backtest").get("rmse"), s);
        List<String> notes = List.of(String.format(Locale.ROOT, "%s on %s: CV RMSE %.4f (mean of %d folds)",
                trainer.name(), set.label(), eval.cvRmse(), folds.size()));
        ModelResult result = new ModelResult(model, s, metrics, model.predictAll(all.matrix()), notes);
        return new HindiCandidate(set.profile(), set, result, Fingerprint.of(all));
    }

    static TrainingSet rows(FeatureSet set, List<Movie> films, FilmHistory history) {
        int n = films.size();
        long[] ids = new long[n];
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Movie m = films.get(i);
            ids[i] = m.id();
            x[i] = set.extract(m, history);
            y[i] = Math.log1p(m.revenueUsd());
        }
        return new TrainingSet(set.names(), ids, x, y);
    }

    /** The rows with only one of their columns. */
    static TrainingSet column(TrainingSet set, String name) {
        int j = set.featureNames().indexOf(name);
        if (j < 0) throw new IllegalArgumentException("no feature " + name + " in " + set.featureNames());
        double[][] x = new double[set.size()][];
        for (int i = 0; i < x.length; i++) x[i] = new double[] {set.row(i)[j]};
        return new TrainingSet(List.of(name), set.ids(), x, set.targets());
    }

    private static int count(boolean[] v, boolean wanted) {
        int c = 0;
        for (boolean b : v) if (b == wanted) c++;
        return c;
    }

    private void say(String format, Object... args) {
        progress.println(String.format(Locale.ROOT, format, args));
        progress.flush();
    }
}
