package dev.boxoffice.store;

import java.time.Clock;

/**
 * A process that upserts synthetic movies into a store, for kill tests: arguments are the JDBC URL, the
 * number of movies, credits per movie and movies per batch (transaction). On success it prints
 * {@code upserted INSERTED UPDATED UNCHANGED} to stdout. The movies are {@link SyntheticMovies} with ids
 * 1..N, so every run writes the same rows.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: IngestChild JDBC_URL MOVIES CREDITS_PER_MOVIE BATCH_SIZE");
            System.exit(2);
        }
        FeatureStore store = new FeatureStore(Database.open(args[0]), Clock.systemUTC());
        UpsertCounts counts = store.upsertMovies(
                SyntheticMovies.generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), 1),
                Integer.parseInt(args[3]));
        System.out.println("upserted " + counts.inserted() + " " + counts.updated() + " " + counts.unchanged());
    }
}
