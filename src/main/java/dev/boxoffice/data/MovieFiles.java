package dev.boxoffice.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads films from a directory (or a single CSV file) whose format it recognises by the files' headers,
 * not their names: a TMDB 5000 movies file with an optional credits file, or a Bollywood export.
 * When the directory holds the Kaggle names {@value Tmdb5000Reader#MOVIES_FILE} and
 * {@value Tmdb5000Reader#CREDITS_FILE} with matching headers, those are used even beside other CSVs.
 */
public final class MovieFiles {
    /** What a CSV file's header says it is. */
    private enum Kind { TMDB_MOVIES, TMDB_CREDITS, BOLLYWOOD, UNKNOWN }

    private final Tmdb5000Reader tmdb = new Tmdb5000Reader();
    private final BollywoodCsvReader bollywood = new BollywoodCsvReader();

    /**
     * Reads the films at {@code path}, a directory or one movies file.
     *
     * @throws DataException when nothing there is in a known format (the message lists the files examined
     *                       and the headers looked for), when the choice is ambiguous, or when a file
     *                       cannot be read
     */
    public LoadedMovies load(Path path) {
        if (Files.isRegularFile(path)) {
            return loadFile(path);
        }
        if (!Files.isDirectory(path)) {
            throw new DataException("No such file or directory: " + path.toAbsolutePath() + ". " + lookedFor());
        }
        Map<Kind, List<Path>> found = classify(csvFiles(path));
        Path kaggleMovies = path.resolve(Tmdb5000Reader.MOVIES_FILE);
        Path kaggleCredits = path.resolve(Tmdb5000Reader.CREDITS_FILE);
        if (found.get(Kind.TMDB_MOVIES).contains(kaggleMovies)) {
            return tmdb.readFiles(kaggleMovies, found.get(Kind.TMDB_CREDITS).contains(kaggleCredits) ? kaggleCredits
                    : single(found.get(Kind.TMDB_CREDITS), "TMDB 5000 credits", path, true));
        }
        List<Path> movies = found.get(Kind.TMDB_MOVIES);
        List<Path> hindi = found.get(Kind.BOLLYWOOD);
        if (!movies.isEmpty() && !hindi.isEmpty()) {
            throw new DataException(path + " holds both TMDB 5000 movies files " + movies + " and Bollywood files "
                    + hindi + "; point at a directory (or a file) with one format");
        }
        if (!movies.isEmpty()) {
            return tmdb.readFiles(single(movies, "TMDB 5000 movies", path, false),
                    single(found.get(Kind.TMDB_CREDITS), "TMDB 5000 credits", path, true));
        }
        if (!hindi.isEmpty()) {
            return bollywood.read(single(hindi, "Bollywood", path, false));
        }
        throw new DataException("No films found in " + path.toAbsolutePath() + ": none of its CSV files "
                + describe(found.get(Kind.UNKNOWN)) + " has a known header. " + lookedFor());
    }

    private LoadedMovies loadFile(Path file) {
        return switch (kindOf(file)) {
            case TMDB_MOVIES -> tmdb.readFiles(file, null);
            case BOLLYWOOD -> bollywood.read(file);
            case TMDB_CREDITS -> throw new DataException(file + " is a TMDB 5000 credits file; load the movies file "
                    + "or the directory holding both");
            case UNKNOWN -> throw new DataException(file + " has no known header. " + lookedFor());
        };
    }

    private static List<Path> csvFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new DataException("listing " + dir + " failed: " + e, e);
        }
        files.sort(null);
        return files;
    }

    private static Map<Kind, List<Path>> classify(List<Path> files) {
        Map<Kind, List<Path>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        files.forEach(file -> byKind.get(kindOf(file)).add(file));
        return byKind;
    }

    /** Credits first: its header has no title, but a movies header could carry extra cast/crew columns. */
    private static Kind kindOf(Path file) {
        List<String> header;
        try {
            header = new CsvFile(file).header();
        } catch (DataException unreadable) {
            return Kind.UNKNOWN;
        }
        if (TmdbCreditsFile.LAYOUT.recognises(header)) {
            return Kind.TMDB_CREDITS;
        }
        if (BollywoodCsvReader.LAYOUT.recognises(header)) {
            return Kind.BOLLYWOOD;
        }
        return TmdbMovieRows.LAYOUT.recognises(header) ? Kind.TMDB_MOVIES : Kind.UNKNOWN;
    }

    private static Path single(List<Path> files, String what, Path dir, boolean optional) {
        if (files.size() > 1) {
            throw new DataException(dir + " holds several " + what + " files " + files + "; keep one, or use the "
                    + "Kaggle names " + Tmdb5000Reader.MOVIES_FILE + " and " + Tmdb5000Reader.CREDITS_FILE);
        }
        if (files.isEmpty() && !optional) {
            throw new IllegalStateException("no " + what + " file to pick in " + dir);
        }
        return files.isEmpty() ? null : files.get(0);
    }

    private static String describe(List<Path> files) {
        return files.isEmpty() ? "(there are none)"
                : files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String lookedFor() {
        return "Looked for a CSV header of one of: a " + TmdbMovieRows.LAYOUT.description() + " with "
                + TmdbMovieRows.LAYOUT.expectedColumns() + " and at least one of "
                + String.join(", ", TmdbMovieRows.LAYOUT.distinctive()) + " (plus, optionally, a "
                + TmdbCreditsFile.LAYOUT.description() + " with " + TmdbCreditsFile.LAYOUT.expectedColumns()
                + "); or a " + BollywoodCsvReader.LAYOUT.description() + " with "
                + BollywoodCsvReader.LAYOUT.expectedColumns() + ". The TMDB 5000 files can be downloaded from "
                + Tmdb5000Reader.KAGGLE_URL + ".";
    }
}
