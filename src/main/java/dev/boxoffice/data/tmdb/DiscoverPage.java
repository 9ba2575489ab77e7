package dev.boxoffice.data.tmdb;

import java.util.List;

/**
 * One page of {@code /discover/movie}. {@code totalPages} is what TMDB reports and may exceed the 500
 * pages it serves; {@code skippedResults} counts list items without an id or title.
 */
public record DiscoverPage(int page, int totalPages, int totalResults, List<MovieSummary> results,
                           int skippedResults) {
    public DiscoverPage {
        if (page < 1) throw new IllegalArgumentException("page must be >= 1, got " + page);
        if (totalPages < 0) throw new IllegalArgumentException("totalPages must be >= 0, got " + totalPages);
        if (totalResults < 0) throw new IllegalArgumentException("totalResults must be >= 0, got " + totalResults);
        if (skippedResults < 0) throw new IllegalArgumentException("skippedResults must be >= 0, got " + skippedResults);
        results = List.copyOf(results);
    }
}
