package dev.boxoffice.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the Bollywood feature export ({@value #FILE}: budget, id, imdb_id, popularity, release_date,
 * revenue, title, cast_popularity, crew_popularity, star_present). Each film gets market
 * {@link Movie#HINDI}, original language "hi", source {@value #SOURCE} and a {@link PeopleSummary} when
 * all three people columns are known; it has no credits. Bad rows are skipped and counted as for TMDB 5000.
 */
public final class BollywoodCsvReader {
    /** The format name in {@link LoadedMovies#format()}. */
    public static final String FORMAT = "bollywood-csv";
    /** The value of {@link Movie#source()} for films read here. */
    public static final String SOURCE = "bollywood-csv";
    /** The file's name in the reference export. */
    public static final String FILE = "bollywood_movies.csv";

    static final CsvLayout LAYOUT = new CsvLayout(
            "Bollywood films file (the bollywood_movies.csv format)",
            List.of("id", "title"),
            List.of("budget", "imdb_id", "popularity", "release_date", "revenue",
                    "cast_popularity", "crew_popularity", "star_present"),
            List.of("cast_popularity", "crew_popularity", "star_present"));

    private static final String LANGUAGE = "hi";

    /**
     * Reads one file in the Bollywood format.
     *
     * @throws DataException when the file is missing, is not UTF-8 CSV, or its header lacks id or title
     */
    public LoadedMovies read(Path file) {
        Objects.requireNonNull(file, "file");
        ReadReportBuilder report = new ReadReportBuilder(file);
        List<Movie> films = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        new CsvFile(file).forEachRow(LAYOUT, report, row -> {
            Movie movie = toMovie(row);
            if (!ids.add(movie.id())) {
                throw new BadRowException("duplicate_id");
            }
            report.flagImplausibleMoney(movie);
            films.add(movie);
        });
        return new LoadedMovies(FORMAT, films, List.of(report.build()));
    }

    private static Movie toMovie(CsvRow row) {
        return TmdbMovieRows.identify(row)
                .imdbId(row.text("imdb_id"))
                .originalLanguage(LANGUAGE)
                .releaseDate(row.isoDate("release_date"))
                .budgetUsd(row.money("budget"))
                .revenueUsd(row.money("revenue"))
                .popularity(row.decimal("popularity", 0, Double.POSITIVE_INFINITY))
                .people(people(row))
                .market(Movie.HINDI)
                .source(SOURCE)
                .build();
    }

    /** The people aggregates, or null when any of the three is unknown. */
    private static PeopleSummary people(CsvRow row) {
        Double cast = row.decimal("cast_popularity", 0, Double.POSITIVE_INFINITY);
        Double crew = row.decimal("crew_popularity", 0, Double.POSITIVE_INFINITY);
        String star = row.text("star_present");
        if (star != null && !star.trim().equals("yes") && !star.trim().equals("no")) {
            throw new BadRowException("bad_value:star_present");
        }
        return cast == null || crew == null || star == null ? null
                : new PeopleSummary(cast, crew, star.trim().equals("yes"));
    }
}
