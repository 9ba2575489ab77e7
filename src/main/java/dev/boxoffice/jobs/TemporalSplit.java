package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.model.Split;
import dev.boxoffice.model.Split.Part;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits by release date, as forecasting works: the model learns from the past and is judged on what came
 * after. Validation is carved from the latest films before the test period, so early stopping and model
 * choice also look forward in time.
 */
final class TemporalSplit {
    private TemporalSplit() {
    }

    /** Films before 1 January of {@code cutoffYear} train (their latest share validates); films from it on test. */
    static Split atCutoff(List<Movie> films, int cutoffYear, double validationShare) {
        LocalDate cutoff = LocalDate.of(cutoffYear, 1, 1);
        List<Movie> past = sorted(films.stream().filter(m -> m.releaseDate().isBefore(cutoff)).toList());
        if (past.size() < 50) {
            throw new IllegalArgumentException("cutoff " + cutoffYear + " leaves only " + past.size()
                    + " films to train on; choose a later cutoff");
        }
        int validationStart = (int) Math.round(past.size() * (1 - validationShare));
        Map<Long, Part> parts = new HashMap<>();
        for (int i = 0; i < past.size(); i++) {
            parts.put(past.get(i).id(), i < validationStart ? Part.TRAIN : Part.VALIDATION);
        }
        for (Movie m : films) {
            if (!m.releaseDate().isBefore(cutoff)) parts.put(m.id(), Part.TEST);
        }
        if (parts.size() == past.size()) {
            throw new IllegalArgumentException("cutoff " + cutoffYear + " leaves no film to test on");
        }
        return new Split(parts);
    }

    /** The oldest {@code trainShare} of the films train, the next {@code validationShare} validate, the latest test. */
    static Split latest(List<Movie> films, double trainShare, double validationShare) {
        List<Movie> byDate = sorted(films);
        int trainEnd = (int) Math.round(byDate.size() * trainShare);
        int validationEnd = (int) Math.round(byDate.size() * (trainShare + validationShare));
        Map<Long, Part> parts = new HashMap<>();
        for (int i = 0; i < byDate.size(); i++) {
            parts.put(byDate.get(i).id(), i < trainEnd ? Part.TRAIN : i < validationEnd ? Part.VALIDATION : Part.TEST);
        }
        return new Split(parts);
    }

    private static List<Movie> sorted(List<Movie> films) {
        return films.stream().sorted(Comparator.comparing(Movie::releaseDate).thenComparingLong(Movie::id)).toList();
    }
}
