package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI ({@code dev.boxoffice.cli.Main ingest}) in a child JVM, SIGKILLed mid-ingest of the full TMDB 5000
 * data: the store keeps whole batches only, and re-runs complete it. Needs BOXOFFICE_DATA (skipped otherwise).
 */
class TestIngestKill {
    private static final int BATCH = 100;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir Path home;

    @Test
    void a_killed_ingest_keeps_whole_batches_and_reruns_complete_it() throws Exception {
        String data = System.getenv(AppConfig.ENV_DATA);
        assumeTrue(data != null && Files.isDirectory(Path.of(data)),
                "set BOXOFFICE_DATA to the folder of the TMDB 5000 CSVs to run the kill test on the full data");
        List<Movie> source = new MovieFiles().load(Path.of(data)).movies();
        FeatureStore store = new FeatureStore(Database.open("jdbc:sqlite:" + home.resolve("boxoffice.db")), Clock.systemUTC());

        Process child = start(data, "killed.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long movies = store.stats().rows("movies");
        while (movies < 3 * BATCH && child.isAlive() && System.nanoTime() < deadline) {
            assertThat(movies % BATCH).as("movies seen while the child writes").isZero();
            Thread.sleep(5);
            movies = store.stats().rows("movies");
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed before finishing; log:%n%s", log("killed.log")).isEqualTo(SIGKILL_EXIT);

        List<Movie> stored = store.loadMovies();
        assertThat(stored.size() % BATCH == 0 || stored.size() == source.size()).as("%s movies stored", stored.size()).isTrue();
        assertThat(stored.size()).isGreaterThanOrEqualTo(3 * BATCH);
        Map<Long, Movie> byId = source.stream().collect(Collectors.toMap(Movie::id, Function.identity()));
        assertThat(stored).allSatisfy(m -> assertThat(creditCount(m)).as("credits of %d", m.id())
                .isEqualTo(creditCount(byId.get(m.id()))));

        CliRunner.Result rerun = runToEnd(data, "rerun.log");
        assertThat(counts(rerun.out(), "inserted") + counts(rerun.out(), "unchanged")).as(rerun.out()).isEqualTo(source.size());
        assertThat(counts(rerun.out(), "unchanged")).isEqualTo(stored.size());
        CliRunner.Result third = runToEnd(data, "third.log");
        assertThat(third.out()).contains("inserted: 0\n", "updated: 0\n", "unchanged: " + source.size() + "\n");
        assertThat(store.stats().rows("movie_features")).isEqualTo(3L * source.size());
    }

    private Process start(String data, String logName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire runs tests from a manifest-only jar; this property holds the real classpath
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classpath, Main.class.getName(), "ingest",
                "--data", data, "--batch-size", String.valueOf(BATCH)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(home.resolve(logName).toFile())
                .redirectError(home.resolve(logName + ".err").toFile());
        pb.environment().put(AppConfig.ENV_HOME, home.toString());
        pb.environment().remove(AppConfig.ENV_DB);
        return pb.start();
    }

    private CliRunner.Result runToEnd(String data, String logName) throws Exception {
        Process p = start(data, logName);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        CliRunner.Result result = new CliRunner.Result(p.exitValue(), log(logName), log(logName + ".err"));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static int counts(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key + ": ")).map(l -> Integer.parseInt(l.substring(key.length() + 2)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + out));
    }

    private static int creditCount(Movie m) {
        Credits c = m.credits();
        return c == null ? -1 : c.cast().size() + c.crew().size();
    }

    private String log(String name) throws IOException {
        return Files.readString(home.resolve(name));
    }
}
