package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps TMDB's paged list bodies ({@code page, results, total_pages, total_results}) to {@link DiscoverPage}. */
final class ListMapper {
    private ListMapper() {
    }

    /** The page; {@code requestedPage} stands in for a missing {@code page}, and a missing total means "this page is the last". */
    static DiscoverPage toPage(JsonNode body, int requestedPage) {
        Integer page = JsonFields.integer(body, "page");
        int current = page == null || page < 1 ? requestedPage : page;
        List<MovieSummary> results = new ArrayList<>();
        int skipped = 0;
        JsonNode raw = body.get("results");
        if (raw != null && raw.isArray()) {
            for (JsonNode item : raw) {
                MovieSummary s = item.isObject() ? toSummary(item) : null;
                if (s == null) skipped++;
                else results.add(s);
            }
        }
        Integer totalPages = JsonFields.integer(body, "total_pages");
        Integer totalResults = JsonFields.integer(body, "total_results");
        return new DiscoverPage(current, totalPages == null || totalPages < 0 ? current : totalPages,
                totalResults == null || totalResults < 0 ? results.size() : totalResults, results, skipped);
    }

    /** The list item, or null when it has no positive id or no title at all. */
    static MovieSummary toSummary(JsonNode m) {
        Long id = JsonFields.whole(m, "id");
        String title = JsonFields.text(m, "title");
        String originalTitle = JsonFields.text(m, "original_title");
        if (id == null || id <= 0 || (title == null && originalTitle == null)) {
            return null;
        }
        List<Integer> genreIds = new ArrayList<>();
        JsonNode genres = m.get("genre_ids");
        if (genres != null && genres.isArray()) {
            genres.forEach(g -> {
                if (g.canConvertToInt() && g.isIntegralNumber()) genreIds.add(g.intValue());
            });
        }
        Integer votes = JsonFields.integer(m, "vote_count");
        Double average = JsonFields.nonNegative(m, "vote_average");
        return new MovieSummary(id, title != null ? title : originalTitle, originalTitle,
                JsonFields.text(m, "original_language"), JsonFields.date(m, "release_date"),
                JsonFields.nonNegative(m, "popularity"),
                votes != null && votes == 0 || average == null || average > 10 ? null : average,
                votes == null || votes < 0 ? null : votes, genreIds, JsonFields.text(m, "poster_path"),
                JsonFields.bool(m, "adult", false));
    }
}
