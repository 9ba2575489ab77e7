package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.tmdb.FakeTmdbServer;
import dev.boxoffice.data.tmdb.Fault;
import dev.boxoffice.data.tmdb.RetryPolicy;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.StarList;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TMDB ingest over real HTTP against the fake TMDB, into a real SQLite store. */
class TestTmdbIngestJob {
    @TempDir
    Path dir;
    FakeTmdbServer tmdb;
    FeatureStore store;
    StringWriter progress = new StringWriter();

    @BeforeEach
    void start() {
        tmdb = WeeklyFixtures.releasedYears();
        store = new FeatureStore(Database.open("jdbc:sqlite:" + dir.resolve("store.db")), TestWeeklyJob.FRIDAY);
    }

    @AfterEach
    void stop() {
        tmdb.close();
    }

    private TmdbIngestReport ingest(int batchSize) {
        TmdbConfig config = TmdbConfig.of(tmdb.baseUrl(), WeeklyFixtures.API_KEY, null)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(10)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
        return new TmdbIngestJob(new TmdbClient(config), store, new PrintWriter(progress))
                .run(new TmdbIngestOptions(2009, 2012, "hi", "IN", 5, batchSize, StarList.BOLLYWOOD));
    }

    @Test
    void keeps_films_with_budget_and_revenue_with_their_people_features_and_queries_each_year() {
        TmdbIngestReport report = ingest(20);

        assertThat(report.discovered()).isEqualTo(4);
        assertThat(report.fetched()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.withoutMoney()).isEqualTo(1);
        assertThat(store.movieIds()).containsExactlyInAnyOrder(20453L, 550L, 85985L);
        Movie fightClub = store.findMovie(550).orElseThrow();
        assertThat(fightClub.source()).isEqualTo("tmdb-api");
        assertThat(fightClub.credits().cast()).isNotEmpty();
        assertThat(fightClub.people()).isNotNull();
        assertThat(fightClub.people().starPresent()).isFalse();
        // no credits appended in that sample: the people aggregates stay unknown rather than zero
        assertThat(store.findMovie(85985).orElseThrow().people()).isNull();

        // the same training path as the files: every stored film is eligible, with its facts known
        FilmHistory history = FilmHistory.of(store.loadMovies());
        List<String> names = FeatureSets.PRE_RELEASE.names();
        for (Movie m : store.loadMovies()) {
            assertThat(TrainingData.eligible(m)).as(m.title()).isTrue();
            double[] x = FeatureSets.PRE_RELEASE.extract(m, history);
            assertThat(x[names.indexOf("budget_known")]).as(m.title()).isEqualTo(1.0);
            assertThat(x[names.indexOf("log_budget")]).isEqualTo(Math.log1p(m.budgetUsd()));
        }
        assertThat(FeatureSets.PRE_RELEASE.extract(fightClub, history)[names.indexOf("credits_known")]).isEqualTo(1.0);

        List<FakeTmdbServer.Recorded> discovers = tmdb.requests().stream()
                .filter(r -> r.path().equals("/3/discover/movie")).toList();
        assertThat(discovers).extracting(r -> r.query().get("primary_release_date.gte"))
                .containsExactly("2009-01-01", "2010-01-01", "2011-01-01", "2012-01-01");
        assertThat(discovers).allSatisfy(r -> {
            assertThat(r.query()).containsEntry("with_original_language", "hi").containsEntry("region", "IN");
        });
        assertThat(progress.toString()).contains("2009: 3 films listed, 0 already stored, fetching 3");
    }

    @Test
    void a_rerun_skips_what_is_stored() {
        ingest(20);
        long detailsBefore = detailRequests();
        TmdbIngestReport again = ingest(20);
        assertThat(again.alreadyStored()).isEqualTo(3);
        assertThat(again.stored()).isZero();
        // only the film without money is fetched again: nothing stored says it was seen
        assertThat(detailRequests() - detailsBefore).isEqualTo(1);
    }

    @Test
    void faults_that_clear_are_retried_and_the_ingest_completes() {
        tmdb.enqueue("/discover/movie", Fault.rateLimited("1"), Fault.serverError(502));
        tmdb.enqueue("/movie/20453", Fault.truncated());
        tmdb.enqueue("/movie/550", Fault.delay(Duration.ofMillis(2000)));

        assertThat(ingest(20).stored()).isEqualTo(3);
        assertThat(tmdb.count("/movie/20453")).isEqualTo(2);
    }

    @Test
    void a_failure_for_good_keeps_the_whole_films_fetched_before_it_and_a_rerun_resumes() {
        tmdb.enqueue("/movie/85985", 3, Fault.serverError(500));

        assertThatThrownBy(() -> ingest(20)).isInstanceOfSatisfying(TmdbException.class,
                e -> assertThat(e.kind()).isEqualTo(TmdbException.Kind.SERVER_ERROR));
        assertThat(store.movieIds()).containsExactlyInAnyOrder(20453L, 550L);
        assertThat(store.findMovie(550).orElseThrow().credits().cast()).hasSize(3);

        TmdbIngestReport resumed = ingest(20);
        assertThat(resumed.alreadyStored()).isEqualTo(2);
        assertThat(resumed.stored()).isEqualTo(1);
        assertThat(tmdb.count("/movie/20453")).isEqualTo(1);
    }

    @Test
    void a_refused_key_stores_nothing() {
        TmdbConfig wrong = TmdbConfig.of(tmdb.baseUrl(), "not-the-key", null);
        TmdbIngestJob job = new TmdbIngestJob(new TmdbClient(wrong), store, new PrintWriter(progress));
        assertThatThrownBy(() -> job.run(TmdbIngestOptions.of(2009, 2009, "hi", null)))
                .isInstanceOfSatisfying(TmdbException.class, e -> assertThat(e.kind()).isEqualTo(TmdbException.Kind.UNAUTHORIZED));
        assertThat(store.isEmpty()).isTrue();
    }

    private long detailRequests() {
        return tmdb.requests().stream().filter(r -> r.path().startsWith("/3/movie/")).count();
    }
}
