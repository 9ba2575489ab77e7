package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.tmdb.Fault;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.jobs.UpcomingWeekFixture;
import dev.boxoffice.jobs.WeeklyFixtures;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.StoreStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code boxoffice weekly} end to end: picocli, the real TMDB client with its default retry policy over
 * HTTP to the fake TMDB, and a real SQLite store with trained production models. Each failure gives one
 * line and its exit code, and leaves the store unchanged or with whole films only.
 */
class TestWeeklyCommand extends UpcomingWeekFixture {
    Map<String, String> env;
    FeatureStore store;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void open_the_store() {
        store = new FeatureStore(Database.open(storeUrl), Clock.systemUTC());
        env = new HashMap<>(Map.of(AppConfig.ENV_DB, storeUrl, AppConfig.ENV_TMDB_API_KEY, WeeklyFixtures.API_KEY,
                AppConfig.ENV_TMDB_BASE_URL, tmdb.baseUrl(), AppConfig.ENV_HOME, dir.toString()));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = BoxofficeCommand.commandLine(env);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void predicts_the_hindi_week_by_default_and_a_rerun_stores_nothing_twice() {
        assertThat(run("weekly", "--from", "2026-11-27")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Theatrical releases 2026-11-27..2026-12-04:")
                .contains("PREDICTED").contains("Aag Ka Dariya").contains("UNSCORABLE")
                .contains("no production pre-release model for market global")
                .contains("models used: market hi: hi.pre-release.")
                .contains("5 films: 3 predicted, 0 would be predicted, 0 already predicted, 2 unscorable");
        assertThat(tmdb.requests()).filteredOn(r -> r.path().equals("/3/discover/movie")).first()
                .satisfies(r -> assertThat(r.query()).containsEntry("with_original_language", "hi")
                        .containsEntry("region", "IN").containsEntry("with_release_type", "2|3")
                        .containsEntry("release_date.gte", "2026-11-27").containsEntry("release_date.lte", "2026-12-04"));
        StoreStats after = store.stats();
        assertThat(after.rows("predictions")).isEqualTo(3);

        assertThat(run("weekly", "--from", "2026-11-27")).isZero();
        assertThat(out.toString()).contains("3 already predicted");
        assertThat(store.stats()).isEqualTo(after);
    }

    @Test
    void the_scheduled_run_for_serve_predicts_the_week_from_its_clock() {
        Clock friday = Clock.fixed(java.time.Instant.parse("2026-11-27T00:30:00Z"), java.time.ZoneOffset.UTC);
        StringWriter log = new StringWriter();
        WeeklyCommand.scheduledRun(AppConfig.fromEnvironment(env), friday, new PrintWriter(log)).run();
        assertThat(log.toString()).contains("3 predicted");
        assertThat(tmdb.requests().get(0).query()).containsEntry("release_date.gte", "2026-11-27")
                .containsEntry("release_date.lte", "2026-12-04").containsEntry("with_original_language", "hi");
        assertThat(store.stats().rows("predictions")).isEqualTo(3);
    }

    @Test
    void help_says_hindi_and_india_are_the_defaults() {
        assertThat(run("weekly", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("By default Hindi-language films released in India")
                .contains("--language").contains("default: hi").contains("default: IN").contains("--dry-run");
    }

    @Test
    void a_dry_run_stores_nothing() {
        StoreStats before = store.stats();
        assertThat(run("weekly", "--from", "2026-11-27", "--dry-run", "--language", "any", "--region", "any")).isZero();
        assertThat(out.toString()).contains("dry run").contains("WOULD_PREDICT");
        assertThat(tmdb.requests().get(0).query()).doesNotContainKeys("with_original_language", "region");
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void rate_limit_with_retry_after_server_errors_and_truncated_json_are_retried_and_the_week_completes() {
        tmdb.enqueue("/discover/movie", Fault.rateLimited("1"), Fault.serverError(500));
        tmdb.enqueue("/movie/910002", Fault.truncated(), Fault.serverError(502));
        assertThat(run("weekly", "--from", "2026-11-27")).as(err.toString()).isZero();
        assertThat(store.stats().rows("predictions")).isEqualTo(3);
        assertThat(tmdb.count("/discover/movie")).isEqualTo(4);
    }

    @Test
    void a_reply_slower_than_the_request_timeout_is_abandoned_and_retried() {
        long slowMs = TmdbConfig.DEFAULT_REQUEST_TIMEOUT.toMillis() + 1500;
        tmdb.enqueue("/movie/910001", Fault.delay(java.time.Duration.ofMillis(slowMs)));
        assertThat(run("weekly", "--from", "2026-11-27")).as(err.toString()).isZero();
        assertThat(tmdb.count("/movie/910001")).isEqualTo(2);
        assertThat(store.stats().rows("predictions")).isEqualTo(3);
    }

    @Test
    void a_refused_key_exits_2_with_one_line_and_stores_nothing() {
        StoreStats before = store.stats();
        env.put(AppConfig.ENV_TMDB_API_KEY, "revoked-key");
        assertThat(run("weekly")).isEqualTo(2);
        assertThat(err.toString()).startsWith("boxoffice: TMDB").contains("401").doesNotContain("revoked-key")
                .doesNotContain("\tat ");
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void missing_credentials_exit_2_naming_the_variables_before_any_request() {
        env.remove(AppConfig.ENV_TMDB_API_KEY);
        assertThat(run("weekly")).isEqualTo(2);
        assertThat(err.toString()).contains("TMDB_API_KEY").contains("TMDB_READ_TOKEN");
        assertThat(tmdb.requests()).isEmpty();
    }

    @Test
    void tmdb_failing_for_good_exits_3_keeping_the_films_finished_before_whole() {
        tmdb.enqueue("/movie/910002", 5, Fault.truncated());
        assertThat(run("weekly", "--from", "2026-11-27")).isEqualTo(3);
        // progress lines, then exactly one line of failure, without a stack trace
        assertThat(err.toString().lines().filter(l -> l.startsWith("boxoffice:"))).singleElement().asString()
                .startsWith("boxoffice: TMDB").contains("/movie/910002").contains("truncated JSON");
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(store.stats().rows("predictions")).isEqualTo(1);
        assertThat(store.latestPrediction(910001)).isPresent();
        assertThat(store.findMovie(910001).orElseThrow().credits().cast()).hasSize(3);
        assertThat(store.findMovie(910002)).isEmpty();
    }

    @Test
    void a_store_without_production_models_exits_2_before_asking_tmdb() {
        env.put(AppConfig.ENV_DB, "jdbc:sqlite:" + dir.resolve("empty/boxoffice.db"));
        assertThat(run("weekly")).isEqualTo(2);
        assertThat(err.toString()).contains("no production model").contains("boxoffice train");
        assertThat(tmdb.requests()).isEmpty();
    }
}
