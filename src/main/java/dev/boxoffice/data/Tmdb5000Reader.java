package dev.boxoffice.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads films in the format of Kaggle's "TMDB 5000 Movie Dataset": {@value #MOVIES_FILE} and, optionally,
 * {@value #CREDITS_FILE}, joined on id. Files in the same format from other sources load too: extra
 * columns are ignored, absent optional columns read as unknown, and a file of upcoming films may lack
 * revenue. Bad rows are skipped and counted in the {@link ReadReport}s; a budget or revenue of 0 becomes
 * null. Films get source {@value #SOURCE} and market {@link Movie#GLOBAL}. Instances are thread-safe.
 */
public final class Tmdb5000Reader {
    /** The format name in {@link LoadedMovies#format()}. */
    public static final String FORMAT = "tmdb5000";
    /** The value of {@link Movie#source()} for films read here. */
    public static final String SOURCE = "tmdb5000";
    public static final String MOVIES_FILE = "tmdb_5000_movies.csv";
    public static final String CREDITS_FILE = "tmdb_5000_credits.csv";
    /** Where the files can be downloaded. */
    public static final String KAGGLE_URL = "https://www.kaggle.com/datasets/tmdb/tmdb-movie-metadata";

    private static final Logger LOG = LoggerFactory.getLogger(Tmdb5000Reader.class);

    private final TmdbJsonLists json = new TmdbJsonLists();
    private final TmdbMovieRows rows = new TmdbMovieRows(json);

    /**
     * Reads {@value #MOVIES_FILE} and, when present, {@value #CREDITS_FILE} from a directory.
     *
     * @throws DataException when the movies file is missing (the message says where it looked and how to
     *                       get the files), or when a file cannot be read as this format
     */
    public LoadedMovies readDirectory(Path dir) {
        Path movies = dir.resolve(MOVIES_FILE);
        Path credits = dir.resolve(CREDITS_FILE);
        if (!Files.isRegularFile(movies)) {
            throw new DataException("No TMDB 5000 data: looked for " + movies.toAbsolutePath() + " and found no such file. "
                    + "boxoffice expects the Kaggle \"TMDB 5000 Movie Dataset\" files " + MOVIES_FILE + " and "
                    + CREDITS_FILE + " in one directory. Download them from " + KAGGLE_URL + ", unzip them, "
                    + "then set BOXOFFICE_DATA to that directory or pass --data DIR.");
        }
        return readFiles(movies, Files.isRegularFile(credits) ? credits : null);
    }

    /**
     * Reads a movies file and, if not null, a credits file joined on id (films without a credits row get
     * null credits).
     *
     * @throws DataException when a file is missing, is not UTF-8 CSV, or its header lacks a required column
     *                       (id and title for movies; movie_id, cast and crew for credits)
     */
    public LoadedMovies readFiles(Path movies, Path creditsOrNull) {
        Objects.requireNonNull(movies, "movies");
        long startNanos = System.nanoTime();
        ReadReportBuilder moviesReport = new ReadReportBuilder(movies);
        List<Movie> films = readMovies(movies, moviesReport);
        List<ReadReport> reports = new ArrayList<>(List.of(moviesReport.build()));
        if (creditsOrNull != null) {
            ReadReportBuilder creditsReport = new ReadReportBuilder(creditsOrNull);
            Map<Long, Credits> credits = new TmdbCreditsFile(creditsOrNull, json).read(creditsReport);
            films = join(films, credits, creditsReport);
            reports.add(creditsReport.build());
        }
        LOG.debug("read {} films from {} in {} ms", films.size(), movies, (System.nanoTime() - startNanos) / 1_000_000);
        return new LoadedMovies(FORMAT, films, reports);
    }

    private List<Movie> readMovies(Path file, ReadReportBuilder report) {
        List<Movie> films = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        new CsvFile(file).forEachRow(TmdbMovieRows.LAYOUT, report, row -> {
            Movie movie = rows.toMovie(row, SOURCE);
            if (!ids.add(movie.id())) {
                throw new BadRowException("duplicate_id");
            }
            report.flagImplausibleMoney(movie);
            if (movie.runtimeMinutes() != null && movie.runtimeMinutes() == 0) {
                report.flag("runtime_zero");
            }
            films.add(movie);
        });
        return films;
    }

    /** Attaches credits; counts films left without and credits rows matching no film. */
    private static List<Movie> join(List<Movie> films, Map<Long, Credits> credits, ReadReportBuilder report) {
        List<Movie> joined = new ArrayList<>(films.size());
        Set<Long> used = new HashSet<>();
        for (Movie film : films) {
            Credits found = credits.get(film.id());
            if (found == null) {
                report.flag("movie_without_credits");
                joined.add(film);
            } else {
                used.add(film.id());
                joined.add(film.withCredits(found));
            }
        }
        for (Long id : credits.keySet()) {
            if (!used.contains(id)) {
                report.flag("credits_without_movie");
            }
        }
        return joined;
    }
}
