package dev.boxoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest process killed with SIGKILL mid-way leaves only whole batches (each movie with all its credits),
 * and running it again completes with the counts of one uninterrupted run. While it writes, this process
 * reads the store and must never see a partial batch.
 */
class TestIngestKill {
    private static final int MOVIES = 10_000;
    private static final int CREDITS = 20;
    private static final int BATCH = 250;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path dir;

    @Test
    void sqlite_ingest_killed_midway_keeps_whole_batches_and_a_rerun_completes() throws Exception {
        killAndRerun("jdbc:sqlite:" + dir.resolve("store/boxoffice.db"));
    }

    @Test
    void postgres_ingest_killed_midway_keeps_whole_batches_and_a_rerun_completes() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            killAndRerun(server.newDatabaseUrl());
        }
    }

    private void killAndRerun(String url) throws Exception {
        Database db = Database.open(url);
        FeatureStore store = new FeatureStore(db, Clock.systemUTC());
        List<String> args = List.of(url, String.valueOf(MOVIES), String.valueOf(CREDITS), String.valueOf(BATCH));

        Process child = ChildJvm.start(IngestChild.class, args, dir.resolve("killed.log"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        StoreStats seen = store.stats();
        while (seen.rows("movies") < 4 * BATCH && child.isAlive() && System.nanoTime() < deadline) {
            // a reader in this process, while the child writes, sees whole batches only
            assertThat(seen.rows("movies") % BATCH).as("movies seen while writing: %s", seen).isZero();
            assertThat(seen.rows("credits")).isEqualTo(seen.rows("movies") * CREDITS);
            Thread.sleep(10);
            seen = store.stats();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed before finishing; log:%n%s", log("killed.log"))
                .isEqualTo(SIGKILL_EXIT);

        long movies = store.stats().rows("movies");
        assertThat(movies).isBetween(4L * BATCH, MOVIES - 1L);
        assertThat(movies % BATCH).as("%s movies stored", movies).isZero();
        assertThat(store.stats().rows("credits")).isEqualTo(movies * CREDITS);
        assertThat(moviesWithoutAllCredits(db)).isZero();

        Process rerun = ChildJvm.start(IngestChild.class, args, dir.resolve("rerun.log"));
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(log("rerun.log")).isZero();
        assertThat(log("rerun.log")).contains("upserted " + (MOVIES - movies) + " 0 " + movies);
        assertThat(store.stats().rows("movies")).isEqualTo(MOVIES);
        assertThat(store.stats().rows("credits")).isEqualTo((long) MOVIES * CREDITS);
    }

    private static long moviesWithoutAllCredits(Database db) {
        return db.read("checking credits", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM movies m WHERE (SELECT COUNT(*)"
                    + " FROM credits c WHERE c.tmdb_id = m.tmdb_id) <> " + CREDITS);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private String log(String name) throws java.io.IOException {
        return Files.readString(dir.resolve(name));
    }
}
