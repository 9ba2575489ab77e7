package dev.boxoffice.data.tmdb;

import java.util.List;

/**
 * All films of a multi-page discover, deduplicated by id in first-seen order (a list re-sorted by TMDB
 * while we page can repeat a film). {@link #complete()} is false when TMDB had more pages than were
 * read, because of {@code maxPages} or TMDB's 500-page limit: narrow the query (e.g. by date) to get them.
 */
public record DiscoverResults(List<MovieSummary> movies, int pagesFetched, int totalPages, int totalResults,
                              int skippedResults) {
    public DiscoverResults {
        if (pagesFetched < 0) throw new IllegalArgumentException("pagesFetched must be >= 0, got " + pagesFetched);
        if (totalPages < 0) throw new IllegalArgumentException("totalPages must be >= 0, got " + totalPages);
        movies = List.copyOf(movies);
    }

    /** True when every page TMDB reported was read. */
    public boolean complete() {
        return pagesFetched >= totalPages;
    }
}
