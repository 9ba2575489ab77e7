package dev.boxoffice.store;

import dev.boxoffice.data.Movie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Times a TMDB 5000-sized ingest (4803 synthetic movies, 49 credits each: ~235k credit rows) into a fresh
 * SQLite file and into embedded PostgreSQL, then the re-run (all unchanged) and a full load. Not a test: run
 * it by hand on a quiet machine, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.boxoffice.store.IngestBenchmark}.
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Movie> movies = SyntheticMovies.generate(4803, 49, 1);
        Path dir = Files.createTempDirectory("boxoffice-bench-");
        time("sqlite", "jdbc:sqlite:" + dir.resolve("bench.db"), movies);
        try (PostgresServer server = PostgresServer.start()) {
            time("postgresql", server.newDatabaseUrl(), movies);
        }
    }

    private static void time(String label, String url, List<Movie> movies) {
        long start = System.nanoTime();
        FeatureStore store = new FeatureStore(Database.open(url), Clock.systemUTC());
        long opened = System.nanoTime();
        UpsertCounts first = store.upsertMovies(movies);
        long ingested = System.nanoTime();
        UpsertCounts again = store.upsertMovies(movies);
        long rerun = System.nanoTime();
        int loaded = store.loadMovies().size();
        long end = System.nanoTime();
        System.out.printf("%s: open+migrate %d ms, ingest %s %d ms, re-run %s %d ms, load %d movies %d ms; %s%n",
                label, ms(opened - start), first, ms(ingested - opened), again, ms(rerun - ingested), loaded,
                ms(end - rerun), store.stats());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
