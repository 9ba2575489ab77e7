package dev.boxoffice.cli;

import dev.boxoffice.data.Movie;
import dev.boxoffice.model.FilmPrediction;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The output file of {@code boxoffice predict}: one row per input film, predictions empty when none was made. */
final class PredictionCsv implements Closeable {
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("id", "title", "predicted_revenue", "revenue_lower", "revenue_upper",
            "hit_probability", "model", "model_version");

    private final Path file;
    private final CSVPrinter printer;

    /** Creates (or overwrites) {@code file} and writes the header. */
    PredictionCsv(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            this.printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build()
                    .print(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            printer.printRecord(COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /** A scored film: revenue in whole dollars, interval when the model has one, probability to 4 places. */
    void write(Movie movie, FilmPrediction p) {
        record(movie.id(), movie.title(), dollars(p.predictedRevenueUsd()), dollars(p.revenueLowerUsd()),
                dollars(p.revenueUpperUsd()),
                p.hitProbability() == null ? "" : String.format(Locale.ROOT, "%.4f", p.hitProbability()),
                p.model(), String.valueOf(p.modelVersion()));
    }

    /** A film no model could score: its id and title, the rest empty. */
    void writeUnscored(Movie movie) {
        record(movie.id(), movie.title(), "", "", "", "", "", "");
    }

    private void record(Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private static String dollars(Double usd) {
        return usd == null ? "" : String.valueOf(Math.round(usd));
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }
}
