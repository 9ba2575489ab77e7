package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.tmdb.Fault;
import dev.boxoffice.data.tmdb.RetryPolicy;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.jobs.WeeklyOutcome.Status;
import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.StoreStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly job over real HTTP against the fake TMDB, with a real SQLite store holding production models
 * trained on synthetic Hindi films. The job's TMDB client uses short timeouts and backoffs so faults are quick.
 */
class TestWeeklyJob extends UpcomingWeekFixture {
    static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);

    FeatureStore store;
    ModelRegistry registry;
    StringWriter progress;

    @BeforeEach
    void open_the_store() {
        Database db = Database.open(storeUrl);
        store = new FeatureStore(db, FRIDAY);
        registry = new ModelRegistry(db, FRIDAY);
        progress = new StringWriter();
    }

    private WeeklyJob job() {
        TmdbConfig config = TmdbConfig.of(tmdb.baseUrl(), WeeklyFixtures.API_KEY, null)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(10)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
        ProductionModels models = ProductionModels.load(registry, FilmHistory.of(store.loadMovies()));
        return new WeeklyJob(new TmdbClient(config), store, models, FRIDAY, new PrintWriter(progress));
    }

    private WeeklyReport runWeek(boolean dryRun) {
        return job().run(new WeeklyOptions(null, 7, "hi", "IN", dryRun, 5));
    }

    @Test
    void predicts_each_scorable_film_once_lists_the_others_with_a_reason_and_names_the_models() {
        WeeklyReport report = runWeek(false);

        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(report.outcomes()).extracting(WeeklyOutcome::movieId).containsExactlyElementsOf(WeeklyFixtures.UPCOMING);
        assertThat(report.outcomes()).extracting(WeeklyOutcome::status).containsExactly(Status.PREDICTED,
                Status.PREDICTED, Status.PREDICTED, Status.UNSCORABLE, Status.UNSCORABLE);
        assertThat(report.outcomes().get(3).reason()).isEqualTo("no production pre-release model for market global");
        assertThat(report.outcomes().get(4).reason()).contains("404");
        assertThat(report.outcomes().get(0).model()).startsWith("hi.pre-release.");
        assertThat(report.modelsUsed()).singleElement().asString().startsWith("market hi: hi.pre-release.")
                .contains(" + hi.pre-release.");
        assertThat(report.lines()).anySatisfy(l -> assertThat(l).contains("UNSCORABLE").contains("Vaanam"));

        for (long id : WeeklyFixtures.HINDI_WITH_DETAILS) {
            assertThat(store.latestPrediction(id)).as("film %d", id).get()
                    .satisfies(p -> assertThat(p.predictedRevenueUsd()).isPositive())
                    .satisfies(p -> assertThat(p.hitProbability()).isBetween(0.0, 1.0));
        }
        Movie star = store.findMovie(910001).orElseThrow();
        assertThat(star.people().starPresent()).isTrue();
        assertThat(star.people().castPopularity()).isEqualTo(30.75);
        assertThat(star.people().crewPopularity()).isEqualTo(5.75);
        assertThat(store.findMovie(910003).orElseThrow().budgetUsd()).isNull();
        assertThat(store.findMovie(910004)).isEmpty();
        assertThat(store.stats().rows("predictions")).isEqualTo(3);
    }

    @Test
    void re_running_the_same_week_fetches_no_details_and_stores_nothing_twice() {
        runWeek(false);
        long detailsBefore = detailRequests();
        StoreStats before = store.stats();

        WeeklyReport again = runWeek(false);

        assertThat(again.count(Status.ALREADY_PREDICTED)).isEqualTo(3);
        assertThat(again.count(Status.PREDICTED)).isZero();
        assertThat(store.stats()).isEqualTo(before);
        // only the film without a model and the vanished one are asked for again
        assertThat(detailRequests() - detailsBefore).isEqualTo(1);
    }

    @Test
    void a_dry_run_predicts_and_prints_but_stores_nothing() {
        StoreStats before = store.stats();
        WeeklyReport report = runWeek(true);
        assertThat(report.count(Status.WOULD_PREDICT)).isEqualTo(3);
        assertThat(report.outcomes().get(0).predictedRevenueUsd()).isPositive();
        assertThat(report.lines().get(0)).contains("dry run");
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void rate_limits_server_errors_truncated_json_and_a_timeout_are_retried_and_the_week_completes() {
        tmdb.enqueue("/discover/movie", Fault.rateLimited("1"), Fault.serverError(500));
        tmdb.enqueue("/movie/910001", Fault.truncated(), Fault.serverError(503));
        tmdb.enqueue("/movie/910002", Fault.delay(Duration.ofMillis(2000)));

        WeeklyReport report = runWeek(false);

        assertThat(report.count(Status.PREDICTED)).isEqualTo(3);
        assertThat(tmdb.count("/movie/910001")).isEqualTo(3);
        assertThat(tmdb.count("/movie/910002")).isEqualTo(2);
        assertThat(store.stats().rows("predictions")).isEqualTo(3);
    }

    @Test
    void a_film_failing_for_good_stops_the_run_with_the_films_before_it_complete_and_the_rerun_finishes() {
        tmdb.enqueue("/movie/910002", 3, Fault.serverError(500));

        assertThatThrownBy(() -> runWeek(false)).isInstanceOfSatisfying(TmdbException.class,
                e -> assertThat(e.kind()).isEqualTo(TmdbException.Kind.SERVER_ERROR));
        assertThat(store.latestPrediction(910001)).isPresent();
        assertThat(store.findMovie(910002)).isEmpty();
        assertThat(store.stats().rows("predictions")).isEqualTo(1);

        WeeklyReport rerun = runWeek(false);
        assertThat(rerun.outcomes()).extracting(WeeklyOutcome::status).startsWith(Status.ALREADY_PREDICTED,
                Status.PREDICTED, Status.PREDICTED);
        assertThat(store.stats().rows("predictions")).isEqualTo(3);
    }

    @Test
    void a_refused_key_fails_before_anything_is_stored() {
        StoreStats before = store.stats();
        TmdbConfig wrong = TmdbConfig.of(tmdb.baseUrl(), "wrong-key", null);
        WeeklyJob job = new WeeklyJob(new TmdbClient(wrong), store,
                ProductionModels.load(registry, FilmHistory.EMPTY), FRIDAY, new PrintWriter(progress));
        assertThatThrownBy(() -> job.run(WeeklyOptions.defaults())).isInstanceOfSatisfying(TmdbException.class,
                e -> assertThat(e.kind()).isEqualTo(TmdbException.Kind.UNAUTHORIZED));
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void a_model_reading_an_unknown_budget_as_zero_cannot_score_a_film_without_one() {
        Movie noBudget = Movie.builder(1, "No budget").build();
        assertThat(WeeklyJob.unscorableReason(noBudget, FeatureSets.SEED)).isEqualTo("no budget on TMDB, and seed v1 needs one");
        assertThat(WeeklyJob.unscorableReason(noBudget, FeatureSets.PRE_RELEASE)).isNull();
        assertThat(WeeklyJob.unscorableReason(noBudget.toBuilder().budgetUsd(5_000_000L).build(), FeatureSets.SEED)).isNull();
    }

    private long detailRequests() {
        return tmdb.requests().stream().filter(r -> r.path().startsWith("/3/movie/")).count();
    }
}
