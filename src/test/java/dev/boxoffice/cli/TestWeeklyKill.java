package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.tmdb.FakeTmdbServer;
import dev.boxoffice.data.tmdb.Fault;
import dev.boxoffice.jobs.TrainedStore;
import dev.boxoffice.jobs.WeeklyFixtures;
import dev.boxoffice.store.ChildJvm;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code boxoffice weekly} in a child JVM, killed with SIGKILL while it works through slow TMDB
 * replies, then run again: every upcoming film that can be scored ends with exactly one prediction, and
 * every film stored is whole.
 */
class TestWeeklyKill {
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path dir;

    @Test
    void a_weekly_run_killed_midway_and_rerun_predicts_every_upcoming_film_exactly_once() throws Exception {
        String url = TrainedStore.build(dir.resolve("template")).copyTo(dir.resolve("store/boxoffice.db"));
        FeatureStore store = new FeatureStore(Database.open(url), Clock.systemUTC());
        try (FakeTmdbServer tmdb = WeeklyFixtures.upcomingWeek()) {
            for (long id : WeeklyFixtures.HINDI_WITH_DETAILS) {
                tmdb.enqueue("/movie/" + id, 5, Fault.delay(Duration.ofMillis(1500)));
            }
            Map<String, String> env = Map.of(AppConfig.ENV_DB, url, AppConfig.ENV_TMDB_API_KEY, WeeklyFixtures.API_KEY,
                    AppConfig.ENV_TMDB_BASE_URL, tmdb.baseUrl(), AppConfig.ENV_HOME, dir.toString());
            List<String> args = List.of("weekly", "--from", "2026-11-27");

            Process child = ChildJvm.start(Main.class, args, env, dir.resolve("killed.log"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (store.stats().rows("predictions") == 0 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed before finishing; log:%n%s", log("killed.log")).isEqualTo(SIGKILL_EXIT);
            long predicted = store.stats().rows("predictions");
            assertThat(predicted).as("killed mid-run").isBetween(1L, 2L);
            assertThat(store.stats().rows("movies")).isEqualTo(TrainedStore.FILMS + predicted);
            for (long id : WeeklyFixtures.HINDI_WITH_DETAILS) {
                // a film is stored with its prediction, whole, or not at all
                assertThat(store.findMovie(id).isPresent()).as("film %d", id).isEqualTo(store.latestPrediction(id).isPresent());
                store.findMovie(id).ifPresent(m -> assertThat(m.credits().cast()).isNotEmpty());
            }

            Process rerun = ChildJvm.start(Main.class, args, env, dir.resolve("rerun.log"));
            assertThat(rerun.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(rerun.exitValue()).as(log("rerun.log")).isZero();
            assertThat(log("rerun.log")).contains(predicted + " already predicted");
        }
        for (long id : WeeklyFixtures.HINDI_WITH_DETAILS) {
            assertThat(predictionRows(url, id)).as("predictions of film %d", id).isEqualTo(1);
        }
        assertThat(store.stats().rows("predictions")).isEqualTo(WeeklyFixtures.HINDI_WITH_DETAILS.size());
    }

    private static long predictionRows(String url, long id) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url);
             var ps = c.prepareStatement("SELECT COUNT(*) FROM predictions WHERE tmdb_id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String log(String name) throws java.io.IOException {
        return Files.readString(dir.resolve(name));
    }
}
