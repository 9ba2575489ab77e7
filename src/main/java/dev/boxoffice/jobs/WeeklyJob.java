package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.tmdb.DiscoverResults;
import dev.boxoffice.data.tmdb.MovieSummary;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.features.ApiPeopleFeatures;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.StarList;
import dev.boxoffice.jobs.WeeklyOutcome.Status;
import dev.boxoffice.model.FilmPrediction;
import dev.boxoffice.model.Predictor;
import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.PredictionRecord;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Predicts the coming window's theatrical releases with the production models: discovers them, skips
 * those the current production model already predicted, fetches the rest in full, and stores each film
 * with its prediction in one transaction. Re-running the same window stores nothing twice, and a run
 * killed midway leaves whole films only, so the next run completes it.
 */
public final class WeeklyJob {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyJob.class);

    private final TmdbClient client;
    private final FeatureStore store;
    private final ProductionModels models;
    private final Clock clock;
    private final PrintWriter progress;

    /**
     * @param models   the production models, loaded over the store's film history
     * @param clock    says what "today" is and stamps the predictions
     * @param progress where progress lines go (stderr on the command line)
     */
    public WeeklyJob(TmdbClient client, FeatureStore store, ProductionModels models, Clock clock, PrintWriter progress) {
        this.client = Objects.requireNonNull(client, "client");
        this.store = Objects.requireNonNull(store, "store");
        this.models = Objects.requireNonNull(models, "models");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs one window.
     *
     * @throws TmdbException when TMDB fails for good; the films finished before are stored, whole
     */
    public WeeklyReport run(WeeklyOptions options) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = options.from() != null ? options.from() : today;
        DiscoverResults found = client.discoverAll(options.query(from), options.maxPages());
        say("%d theatrical releases %s..%s (language %s, region %s)", found.movies().size(), from,
                from.plusDays(options.days()), options.language() == null ? "any" : options.language(),
                options.region() == null ? "any" : options.region());
        List<WeeklyOutcome> outcomes = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (MovieSummary summary : found.movies()) {
            WeeklyOutcome outcome = predict(summary, today, options.dryRun(), used);
            outcomes.add(outcome);
            say("  %s %s (tmdb %d)%s", outcome.status(), outcome.title(), outcome.movieId(),
                    outcome.reason() == null ? "" : ": " + outcome.reason());
        }
        WeeklyReport report = new WeeklyReport(from, from.plusDays(options.days()), options.dryRun(), outcomes,
                List.copyOf(used));
        LOG.info("Weekly predictions {}..{}: {}", report.from(), report.to(), report.lines().get(report.lines().size() - 1));
        return report;
    }

    private WeeklyOutcome predict(MovieSummary summary, LocalDate today, boolean dryRun, Set<String> used) {
        Movie listed = Movie.builder(summary.id(), summary.title()).originalLanguage(summary.originalLanguage())
                .releaseDate(summary.releaseDate()).market(summary.market()).build();
        Optional<Predictor> chosen = choose(listed);
        if (chosen.isEmpty()) return unscorable(listed, noModel(listed));
        if (alreadyPredicted(listed.id(), chosen.get())) return done(listed, chosen.get());

        Movie movie;
        try {
            movie = client.movieDetails(summary.id());
        } catch (TmdbException e) {
            // a film withdrawn between the list and the details call should not stop the week
            if (e.kind() != TmdbException.Kind.NOT_FOUND) throw e;
            return unscorable(listed, "TMDB no longer has its details (HTTP 404)");
        }
        movie = movie.toBuilder().people(ApiPeopleFeatures.summarize(movie, StarList.BOLLYWOOD)).build();
        Optional<Predictor> predictor = choose(movie); // the details may name another language than the list
        if (predictor.isEmpty()) return unscorable(movie, noModel(movie));
        if (alreadyPredicted(movie.id(), predictor.get())) return done(movie, predictor.get());
        String reason = unscorableReason(movie, predictor.get().regressor().featureSet());
        if (reason != null) return unscorable(movie, reason);

        FilmPrediction p = predictor.get().predict(movie, today);
        used.add(describe(predictor.get()));
        PredictionRecord record = new PredictionRecord(movie.id(), p.model(), p.modelVersion(), p.predictedRevenueUsd(),
                p.revenueLowerUsd(), p.revenueUpperUsd(), p.hitProbability(), clock.instant());
        boolean stored = !dryRun && store.saveMovieWithPrediction(movie, record);
        Status status = dryRun ? Status.WOULD_PREDICT : stored ? Status.PREDICTED : Status.ALREADY_PREDICTED;
        return new WeeklyOutcome(movie.id(), movie.title(), movie.releaseDate(), status, p.model(), p.modelVersion(),
                p.predictedRevenueUsd(), p.hitProbability(), null);
    }

    /**
     * Why the model cannot score the film, or null when it can: a feature set that reads an unknown budget
     * as 0 (log_budget without budget_known, as the reference's) needs a budget, as the reference's weekly
     * job dropped films without one.
     */
    static String unscorableReason(Movie movie, FeatureSet set) {
        if (movie.budgetUsd() == null && set.names().contains("log_budget") && !set.names().contains("budget_known")) {
            return "no budget on TMDB, and " + set.label() + " needs one";
        }
        return null;
    }

    /**
     * An upcoming film's popularity and votes are pre-release buzz, not the audience signals post-release
     * models learned from, so only a pre-release model may score it.
     */
    private Optional<Predictor> choose(Movie movie) {
        return models.choose(movie.toBuilder().popularity(null).voteAverage(null).voteCount(null).build());
    }

    private boolean alreadyPredicted(long movieId, Predictor predictor) {
        ModelCard card = predictor.regressor().card();
        return store.hasPrediction(movieId, card.name(), card.version());
    }

    private static WeeklyOutcome done(Movie movie, Predictor predictor) {
        ModelCard card = predictor.regressor().card();
        return new WeeklyOutcome(movie.id(), movie.title(), movie.releaseDate(), Status.ALREADY_PREDICTED,
                card.name(), card.version(), null, null, null);
    }

    private static WeeklyOutcome unscorable(Movie movie, String reason) {
        return new WeeklyOutcome(movie.id(), movie.title(), movie.releaseDate(), Status.UNSCORABLE, null, null,
                null, null, reason);
    }

    private static String noModel(Movie movie) {
        return "no production pre-release model for market " + movie.market()
                + (Movie.GLOBAL.equals(movie.market()) ? "" : " or " + Movie.GLOBAL);
    }

    private static String describe(Predictor p) {
        ModelCard r = p.regressor().card();
        String cls = p.classifier() == null ? "" : " + " + p.classifier().card().name() + " v" + p.classifier().card().version();
        return String.format(Locale.ROOT, "market %s: %s v%d%s", r.market(), r.name(), r.version(), cls);
    }

    private void say(String format, Object... args) {
        progress.println(String.format(Locale.ROOT, format, args));
        progress.flush();
    }
}
