package dev.boxoffice.data;

import java.util.List;

/** Turns one row of a movies file in the TMDB 5000 format into a {@link Movie} (credits are joined later). */
final class TmdbMovieRows {
    static final CsvLayout LAYOUT = new CsvLayout(
            "TMDB 5000 movies file (the tmdb_5000_movies.csv format)",
            List.of("id", "title"),
            List.of("budget", "genres", "keywords", "original_language", "original_title", "overview",
                    "popularity", "production_companies", "production_countries", "release_date", "revenue",
                    "runtime", "spoken_languages", "status", "vote_average", "vote_count"),
            List.of("genres", "keywords", "production_companies", "production_countries", "spoken_languages"));

    /** Runtimes of 10,000 minutes or more are typos, and {@link Movie} refuses them. */
    private static final double MAX_RUNTIME_MINUTES = 10_000;

    private final TmdbJsonLists json;

    TmdbMovieRows(TmdbJsonLists json) {
        this.json = json;
    }

    /** The film of a row; throws BadRowException naming the first field that cannot be read. */
    Movie toMovie(CsvRow row, String source) {
        return identify(row)
                .originalTitle(row.text("original_title"))
                .originalLanguage(row.text("original_language"))
                .overview(row.text("overview"))
                .status(row.text("status"))
                .releaseDate(row.isoDate("release_date"))
                .budgetUsd(row.money("budget"))
                .revenueUsd(row.money("revenue"))
                .runtimeMinutes(row.decimal("runtime", 0, MAX_RUNTIME_MINUTES))
                .popularity(row.decimal("popularity", 0, Double.POSITIVE_INFINITY))
                .voteAverage(row.decimal("vote_average", 0, Math.nextUp(10.0)))
                .voteCount(count(row, "vote_count"))
                .genres(json.names(row.text("genres"), "genres"))
                .keywords(json.names(row.text("keywords"), "keywords"))
                .productionCompanies(json.named(row.text("production_companies"), "production_companies"))
                .productionCountries(json.codes(row.text("production_countries"), "production_countries", "iso_3166_1"))
                .spokenLanguages(json.codes(row.text("spoken_languages"), "spoken_languages", "iso_639_1"))
                .source(source)
                .market(Movie.GLOBAL)
                .build();
    }

    /** A builder with the row's id and title, both required; shared by every format with TMDB ids. */
    static Movie.Builder identify(CsvRow row) {
        Long id = row.wholeNumber("id", 1);
        if (id == null) {
            throw new BadRowException("missing_value:id");
        }
        String title = row.text("title");
        if (title == null) {
            throw new BadRowException("missing_value:title");
        }
        return Movie.builder(id, title);
    }

    /** A count that fits an int, e.g. vote_count. */
    static Integer count(CsvRow row, String column) {
        Long value = row.wholeNumber(column, 0);
        if (value != null && value > Integer.MAX_VALUE) {
            throw new BadRowException("out_of_range:" + column);
        }
        return value == null ? null : value.intValue();
    }
}
