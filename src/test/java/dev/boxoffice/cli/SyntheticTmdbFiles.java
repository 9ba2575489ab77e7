package dev.boxoffice.cli;

import dev.boxoffice.data.Tmdb5000Reader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes seeded synthetic films in the TMDB 5000 CSV format (movies and credits), under the Kaggle names in
 * a test folder: budgets, dates, genres, companies, a pool of recurring actors and directors, and a revenue
 * that depends on budget, popularity and vote average, so the models have something to learn.
 */
final class SyntheticTmdbFiles {
    static final String MOVIES_HEADER = "budget,genres,homepage,id,keywords,original_language,original_title,overview,"
            + "popularity,production_companies,production_countries,release_date,revenue,runtime,spoken_languages,"
            + "status,tagline,title,vote_average,vote_count";
    private static final List<String> GENRES = List.of("Action", "Drama", "Comedy", "Thriller", "Animation", "Horror");

    private SyntheticTmdbFiles() {
    }

    /** One film's row values, in {@link #MOVIES_HEADER} order, editable before writing. */
    static List<List<String>> movieRows(int n, long seed) {
        Random r = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = 1000 + i;
            double logBudget = 16.3 + 1.2 * r.nextGaussian();
            double popularity = Math.exp(2 + r.nextGaussian());
            double vote = Math.min(9.5, Math.max(3, 6.3 + 0.8 * r.nextGaussian()));
            double logRevenue = 0.95 * logBudget + 0.35 * Math.log1p(popularity) + 0.5 * (vote - 6.3) + 0.3
                    + 0.6 * r.nextGaussian();
            LocalDate release = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(25 * 365));
            String genre1 = GENRES.get(r.nextInt(GENRES.size()));
            String genre2 = GENRES.get(r.nextInt(GENRES.size()));
            String genres = genre1.equals(genre2) ? "[" + named(1, genre1) + "]" : "[" + named(1, genre1) + ", " + named(2, genre2) + "]";
            int company = 1 + r.nextInt(12);
            rows.add(new ArrayList<>(List.of(String.valueOf(Math.round(Math.exp(logBudget))), genres, "", String.valueOf(id),
                    "[" + named(500 + r.nextInt(30), "keyword" + r.nextInt(30)) + "]", "en", "Film " + id,
                    "A synthetic film.", String.format(Locale.ROOT, "%.4f", popularity),
                    "[" + named(company, "Studio " + company) + "]", "[{\"iso_3166_1\": \"US\", \"name\": \"United States\"}]",
                    release.toString(), String.valueOf(Math.round(Math.exp(logRevenue))),
                    String.valueOf(85 + r.nextInt(70)), "[{\"iso_639_1\": \"en\", \"name\": \"English\"}]", "Released", "",
                    "Film " + id, String.format(Locale.ROOT, "%.1f", vote), String.valueOf(50 + r.nextInt(5000)))));
        }
        return rows;
    }

    /** Writes {@code n} films and their credits into {@code dir} under the Kaggle names; returns {@code dir}. */
    static Path write(Path dir, int n, long seed) {
        return write(dir, movieRows(n, seed), UnaryOperator.identity(), seed);
    }

    /** Writes the given movie rows (after {@code edit}) and credits for each of their ids. */
    static Path write(Path dir, List<List<String>> rows, UnaryOperator<List<List<String>>> edit, long seed) {
        List<List<String>> movies = edit.apply(rows);
        try {
            Files.createDirectories(dir);
            writeCsv(dir.resolve(Tmdb5000Reader.MOVIES_FILE), MOVIES_HEADER, movies);
            Random r = new Random(seed + 7);
            List<List<String>> credits = new ArrayList<>();
            for (List<String> m : movies) {
                if (m.get(3).isBlank()) continue;
                credits.add(List.of(m.get(3), m.get(17), cast(r), crew(r)));
            }
            writeCsv(dir.resolve(Tmdb5000Reader.CREDITS_FILE), "movie_id,title,cast,crew", credits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes a movies CSV of the given rows, e.g. an input for predict. */
    static Path writeMovies(Path file, List<List<String>> rows) {
        try {
            writeCsv(file, MOVIES_HEADER, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void writeCsv(Path file, String header, List<List<String>> rows) throws IOException {
        try (CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build().print(Files.newBufferedWriter(file))) {
            p.printRecord((Object[]) header.split(","));
            for (List<String> row : rows) p.printRecord(row);
        }
    }

    private static String cast(Random r) {
        List<String> people = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int person = 100 + r.nextInt(60);
            people.add(String.format(Locale.ROOT, "{\"cast_id\": %d, \"character\": \"Role %d\", \"credit_id\": \"c%d-%d\", "
                    + "\"gender\": %d, \"id\": %d, \"name\": \"Actor %d\", \"order\": %d}", k, k, person, k, 1 + r.nextInt(2),
                    person, person, k));
        }
        return "[" + String.join(", ", people) + "]";
    }

    private static String crew(Random r) {
        int director = 300 + r.nextInt(15);
        return String.format(Locale.ROOT, "[{\"credit_id\": \"d%d\", \"department\": \"Directing\", \"gender\": 2, "
                + "\"id\": %d, \"job\": \"Director\", \"name\": \"Director %d\"}]", director, director, director);
    }

    private static String named(int id, String name) {
        return "{\"id\": " + id + ", \"name\": \"" + name + "\"}";
    }
}
