package dev.boxoffice.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a credits file in the TMDB 5000 format ({@code movie_id,title,cast,crew}) into each film's
 * {@link Credits}. A row with broken cast or crew JSON is skipped: that film then has no credits, and
 * the rest of the file is unaffected. A repeated movie_id keeps the first readable row.
 */
final class TmdbCreditsFile {
    static final CsvLayout LAYOUT = new CsvLayout(
            "TMDB 5000 credits file (the tmdb_5000_credits.csv format)",
            List.of("movie_id", "cast", "crew"), List.of(), List.of());

    private final Path file;
    private final TmdbJsonLists json;

    TmdbCreditsFile(Path file, TmdbJsonLists json) {
        this.file = file;
        this.json = json;
    }

    /** The JSON of one row, parsed off the CSV thread: the credits, or why the row was skipped. */
    private record Parsed(Credits credits, String rejectReason) { }

    private record PendingRow(long line, long movieId, Future<Parsed> parsed) { }

    /**
     * Credits by TMDB movie id; rows read and skipped are counted in the report. The cast and crew JSON
     * is parsed on a second thread while the CSV is still being read: each takes about half of the time.
     */
    Map<Long, Credits> read(ReadReportBuilder report) {
        ExecutorService parser = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "credits-json");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<PendingRow> pending = new ArrayList<>();
            new CsvFile(file).forEachRow(LAYOUT, report, row -> {
                Long movieId = row.wholeNumber("movie_id", 1);
                if (movieId == null) {
                    throw new BadRowException("missing_value:movie_id");
                }
                String cast = row.text("cast");
                String crew = row.text("crew");
                pending.add(new PendingRow(row.line(), movieId, parser.submit(() -> parse(cast, crew))));
            });
            return collect(pending, report);
        } finally {
            parser.shutdownNow();
        }
    }

    private Parsed parse(String cast, String crew) {
        try {
            return new Parsed(new Credits(json.cast(cast, "cast"), json.crew(crew, "crew")), null);
        } catch (BadRowException e) {
            return new Parsed(null, e.reason());
        }
    }

    /** In file order, so that "the first row of an id" and the example line numbers mean what they say. */
    private static Map<Long, Credits> collect(List<PendingRow> pending, ReadReportBuilder report) {
        Map<Long, Credits> byMovieId = new HashMap<>();
        for (PendingRow row : pending) {
            Parsed parsed = await(row.parsed());
            if (parsed.rejectReason() != null) {
                report.reject(parsed.rejectReason(), row.line());
            } else if (byMovieId.putIfAbsent(row.movieId(), parsed.credits()) != null) {
                report.reject("duplicate_id", row.line());
            }
        }
        return byMovieId;
    }

    private static Parsed await(Future<Parsed> parsed) {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("interrupted while reading credits", e);
        } catch (ExecutionException e) {
            // parse() turns bad data into a value, so anything else is a bug: rethrow it as it is
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
