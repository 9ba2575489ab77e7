package dev.boxoffice.jobs;

import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.ReadReport;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.store.FeatureRow;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.UpsertCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts films into the feature store: an idempotent upsert of movies with their credits (one transaction
 * per batch, so a killed run leaves whole batches and a re-run completes it), then the features of every
 * stored film under each current feature set, computed point-in-time over all stored films (a new film can
 * change the track records of films released after it, so all are recomputed). A run that changed no film
 * skips the features when every stored film already has its rows under the current feature-set versions.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
    /** How many feature sets each stored film gets rows for: the current one of each profile. */
    public static final int CURRENT_SETS = Profile.values().length;

    private final FeatureStore store;
    private final Clock clock;
    private final int batchSize;

    /** @param batchSize movies per transaction, e.g. {@link FeatureStore#DEFAULT_BATCH_SIZE} */
    public IngestJob(FeatureStore store, Clock clock, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchSize = batchSize;
    }

    /** Upserts the loaded films and refreshes the stored features; reports counts and the reader's rejects. */
    public IngestReport run(LoadedMovies loaded, IngestProgress progress) {
        long start = System.nanoTime();
        List<Movie> movies = loaded.movies();
        UpsertCounts counts = UpsertCounts.ZERO;
        for (int from = 0; from < movies.size(); from += batchSize) {
            int to = Math.min(movies.size(), from + batchSize);
            counts = counts.plus(store.upsertMovies(movies.subList(from, to), batchSize));
            progress.committed("movies", to, movies.size());
        }
        long upserted = System.nanoTime();
        long storedMovies = store.stats().rows("movies");
        int featureRows = 0;
        if (counts.inserted() + counts.updated() > 0 || !featuresComplete(storedMovies)) {
            // every loaded film is now stored as loaded; when the store holds no others, they are its films
            featureRows = refreshFeatures(storedMovies == movies.size() ? movies : store.loadMovies(), progress);
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        LOG.info("Ingested {} films from {}: {} inserted, {} updated, {} unchanged; {} feature rows; upsert {} s, "
                        + "features {} s", movies.size(), loaded.format(), counts.inserted(), counts.updated(),
                counts.unchanged(), featureRows, String.format("%.1f", (upserted - start) / 1e9),
                String.format("%.1f", (end - upserted) / 1e9));
        return new IngestReport(loaded.format(), counts, rejected(loaded.reports()), featureRows, seconds);
    }

    /**
     * Computes and stores the features of {@code stored} (every film of the store) under each current
     * feature set, point-in-time over all of them; one transaction per feature set.
     */
    public int refreshFeatures(List<Movie> stored, IngestProgress progress) {
        FilmHistory history = FilmHistory.of(stored);

        LocalDate today = LocalDate.now(clock);
        List<FeatureSet> sets = currentSets();
        int written = 0;
        for (FeatureSet set : sets) {
            List<FeatureRow> rows = new ArrayList<>(stored.size());
            for (Movie m : stored) {
                rows.add(new FeatureRow(m.id(), set.name(), set.version(), set.names(), set.extract(m, history, today)));
            }
            store.saveFeatures(rows);
            written += rows.size();
            progress.committed("features", written, sets.size() * stored.size());
        }
        return written;
    }

    /**
     * True when every stored film has a row under each current feature set: with no film inserted or updated,
     * the rows are then what a recomputation would write (an undated film keeps the "today" of its last run).
     */
    private boolean featuresComplete(long storedMovies) {
        return currentSets().stream().allMatch(set -> store.countFeatures(set.name(), set.version()) == storedMovies);
    }

    /** The current feature set of every profile, in profile order. */
    static List<FeatureSet> currentSets() {
        List<FeatureSet> sets = new ArrayList<>();
        for (Profile p : Profile.values()) sets.add(FeatureSets.forProfile(p));
        return sets;
    }

    /** Skipped rows by reason, prefixed by the file kind (the first report is the movies file, then credits). */
    private static Map<String, Integer> rejected(List<ReadReport> reports) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String prefix = i == 0 ? "movies" : "credits";
            reports.get(i).rejectedByReason().forEach((reason, n) -> out.merge(prefix + ":" + reason, n, Integer::sum));
        }
        return out;
    }
}
