package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.tmdb.FakeTmdbServer;
import dev.boxoffice.data.tmdb.Fault;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.jobs.WeeklyFixtures;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code boxoffice ingest --source tmdb-api} end to end: picocli, the TMDB client with its default retry
 * policy over HTTP to the fake TMDB (released films of 2009 and 2012), and a real SQLite store.
 */
class TestIngestTmdbApi {
    @TempDir
    Path dir;
    FakeTmdbServer tmdb;
    Map<String, String> env;
    FeatureStore store;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void start() {
        tmdb = WeeklyFixtures.releasedYears();
        String url = "jdbc:sqlite:" + dir.resolve("store/boxoffice.db");
        store = new FeatureStore(Database.open(url), Clock.systemUTC());
        env = new HashMap<>(Map.of(AppConfig.ENV_DB, url, AppConfig.ENV_TMDB_API_KEY, WeeklyFixtures.API_KEY,
                AppConfig.ENV_TMDB_BASE_URL, tmdb.baseUrl(), AppConfig.ENV_HOME, dir.toString()));
    }

    @AfterEach
    void stop() {
        tmdb.close();
    }

    private static final List<String> COMMAND = List.of("ingest", "--source", "tmdb-api");

    private int ingest(String... extra) {
        List<String> args = new ArrayList<>(COMMAND);
        args.addAll(List.of("--from-year", "2009",
                "--to-year", "2012", "--language", "hi", "--region", "IN"));
        args.addAll(List.of(extra));
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = BoxofficeCommand.commandLine(env);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args.toArray(String[]::new));
    }

    @Test
    void builds_a_training_set_of_films_with_budget_and_revenue_and_a_rerun_skips_them() {
        assertThat(ingest()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("discovered 4 films: 0 already stored, 4 fetched, 3 stored");
        assertThat(err.toString()).contains("2009: 3 films listed");
        assertThat(store.movieIds()).containsExactlyInAnyOrder(20453L, 550L, 85985L);
        assertThat(store.findMovie(550).orElseThrow().people()).isNotNull();

        assertThat(ingest()).isZero();
        assertThat(out.toString()).contains("discovered 4 films: 3 already stored, 1 fetched, 0 stored");
        assertThat(store.stats().rows("movies")).isEqualTo(3);
    }

    @Test
    void rate_limits_server_errors_truncated_json_and_a_slow_reply_are_retried() {
        tmdb.enqueue("/discover/movie", Fault.rateLimited("1"), Fault.serverError(500));
        tmdb.enqueue("/movie/20453", Fault.truncated(), Fault.serverError(503));
        tmdb.enqueue("/movie/550", Fault.delay(Duration.ofMillis(TmdbConfig.DEFAULT_REQUEST_TIMEOUT.toMillis() + 1500)));
        assertThat(ingest()).as(err.toString()).isZero();
        assertThat(store.movieIds()).containsExactlyInAnyOrder(20453L, 550L, 85985L);
        assertThat(tmdb.count("/movie/20453")).isEqualTo(3);
        assertThat(tmdb.count("/movie/550")).isEqualTo(2);
    }

    @Test
    void a_refused_key_exits_2_and_leaves_the_store_unchanged() {
        env.put(AppConfig.ENV_TMDB_API_KEY, "revoked-key");
        assertThat(ingest()).isEqualTo(2);
        assertThat(err.toString()).contains("boxoffice: TMDB").contains("401").doesNotContain("revoked-key");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void tmdb_failing_for_good_exits_3_keeping_whole_films_and_a_rerun_resumes() {
        tmdb.enqueue("/movie/85985", 5, Fault.serverError(500));
        assertThat(ingest()).isEqualTo(3);
        assertThat(err.toString()).contains("boxoffice: TMDB").contains("/movie/85985").doesNotContain("\tat ");
        assertThat(store.movieIds()).containsExactlyInAnyOrder(20453L, 550L);
        assertThat(store.findMovie(550).orElseThrow().credits().cast()).isNotEmpty();

        assertThat(ingest()).isZero();
        assertThat(out.toString()).contains("2 already stored").contains("1 stored");
        assertThat(tmdb.count("/movie/20453")).isEqualTo(1);
    }

    @Test
    void missing_years_or_credentials_exit_2_before_any_request() {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = BoxofficeCommand.commandLine(env);
        cmd.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(COMMAND);
        args.addAll(List.of("--to-year", "2012"));
        assertThat(cmd.execute(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains("--from-year");

        env.remove(AppConfig.ENV_TMDB_API_KEY);
        assertThat(ingest()).isEqualTo(2);
        assertThat(err.toString()).contains("TMDB_API_KEY").contains("TMDB_READ_TOKEN");
        assertThat(tmdb.requests()).isEmpty();
        assertThat(store.isEmpty()).isTrue();
    }
}
