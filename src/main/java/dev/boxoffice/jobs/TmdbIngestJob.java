package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.tmdb.DiscoverResults;
import dev.boxoffice.data.tmdb.MovieSummary;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.features.ApiPeopleFeatures;
import dev.boxoffice.store.FeatureStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a training set from the live TMDB API: discovers films year by year, fetches the details (with
 * credits and keywords) of those not yet stored, keeps films whose budget and revenue are known, adds the
 * reference's people aggregates, and upserts them in small transactional batches. Killed or failed midway,
 * it leaves whole films only, and a re-run skips what is stored, so it resumes where it stopped.
 */
public final class TmdbIngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(TmdbIngestJob.class);
    /** A progress line every this many fetched films. */
    private static final int PROGRESS_EVERY = 25;

    private final TmdbClient client;
    private final FeatureStore store;
    private final PrintWriter progress;

    /** @param progress where progress lines go (stderr on the command line) */
    public TmdbIngestJob(TmdbClient client, FeatureStore store, PrintWriter progress) {
        this.client = Objects.requireNonNull(client, "client");
        this.store = Objects.requireNonNull(store, "store");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the ingest.
     *
     * @throws TmdbException when TMDB fails for good; the films fetched before are stored first
     */
    public TmdbIngestReport run(TmdbIngestOptions options) {
        long start = System.nanoTime();
        Set<Long> stored = new HashSet<>(store.movieIds());
        Counts counts = new Counts();
        List<Integer> incomplete = new ArrayList<>();
        List<Movie> batch = new ArrayList<>();
        try {
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                DiscoverResults found = client.discoverAll(options.query(year), options.maxPagesPerYear());
                if (!found.complete()) incomplete.add(year);
                List<MovieSummary> todo = found.movies().stream().filter(m -> !stored.contains(m.id())).toList();
                counts.discovered += found.movies().size();
                counts.alreadyStored += found.movies().size() - todo.size();
                say("%d: %d films listed, %d already stored, fetching %d", year, found.movies().size(),
                        found.movies().size() - todo.size(), todo.size());
                for (int i = 0; i < todo.size(); i++) {
                    Movie movie = client.movieDetails(todo.get(i).id());
                    counts.fetched++;
                    if (movie.budgetUsd() != null && movie.revenueUsd() != null) {
                        batch.add(movie.toBuilder().people(ApiPeopleFeatures.summarize(movie, options.stars())).build());
                        stored.add(movie.id());
                    } else {
                        counts.withoutMoney++;
                    }
                    if (batch.size() >= options.batchSize()) counts.stored += flush(batch);
                    if ((i + 1) % PROGRESS_EVERY == 0) say("%d: %d/%d fetched", year, i + 1, todo.size());
                }
            }
        } catch (TmdbException e) {
            // the films fetched so far are whole: keep them so the re-run starts after them
            counts.stored += flush(batch);
            throw e;
        }
        counts.stored += flush(batch);
        TmdbIngestReport report = new TmdbIngestReport(counts.discovered, counts.alreadyStored, counts.fetched,
                counts.stored, counts.withoutMoney, incomplete, (System.nanoTime() - start) / 1e9);
        LOG.info("TMDB ingest {}..{}: {}", options.fromYear(), options.toYear(), report.summary());
        return report;
    }

    private int flush(List<Movie> batch) {
        if (batch.isEmpty()) return 0;
        int n = batch.size();
        store.upsertMovies(List.copyOf(batch), n);
        batch.clear();
        return n;
    }

    private void say(String format, Object... args) {
        progress.println(String.format(Locale.ROOT, format, args));
        progress.flush();
    }

    /** Running totals of one run. */
    private static final class Counts {
        int discovered;
        int alreadyStored;
        int fetched;
        int stored;
        int withoutMoney;
    }
}
