package dev.boxoffice.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The films read from one source, with a {@link ReadReport} per file read (movies first, then credits).
 *
 * @param format the format recognised, e.g. {@link Tmdb5000Reader#FORMAT} or {@link BollywoodCsvReader#FORMAT}
 * @param movies the films kept, in file order
 * @param reports what happened to each file's rows
 */
public record LoadedMovies(String format, List<Movie> movies, List<ReadReport> reports) {
    public LoadedMovies {
        Objects.requireNonNull(format, "format");
        movies = List.copyOf(movies);
        reports = List.copyOf(reports);
    }

    /** How many films have both a known budget and a known revenue: the ones a revenue model can learn from. */
    public int withBudgetAndRevenue() {
        return (int) movies.stream().filter(m -> m.budgetUsd() != null && m.revenueUsd() != null).count();
    }

    /** How many films have credits (a cast and crew list, possibly empty). */
    public int withCredits() {
        return (int) movies.stream().filter(m -> m.credits() != null).count();
    }

    /**
     * A few lines for people: the totals, then per file the rows read, kept and skipped, the skip reasons
     * with their first line numbers, and the values flagged but kept.
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        int credited = withCredits();
        lines.add(format + ": " + movies.size() + (movies.size() == 1 ? " film, " : " films, ")
                + withBudgetAndRevenue() + " with budget and revenue"
                + (credited > 0 ? ", " + credited + " with credits" : ""));
        for (ReadReport report : reports) {
            String line = "  " + report.file() + ": " + report.rowsRead() + " rows read, " + report.rowsKept()
                    + " kept, " + report.rejected() + " skipped";
            if (!report.flagsByReason().isEmpty()) {
                line += "; flagged but kept: " + new TreeMap<>(report.flagsByReason()).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            }
            lines.add(line);
            for (Map.Entry<String, Integer> reason : new TreeMap<>(report.rejectedByReason()).entrySet()) {
                List<Long> examples = report.exampleLines().getOrDefault(reason.getKey(), List.of());
                lines.add("    skipped " + reason.getKey() + ": " + reason.getValue() + " (lines "
                        + examples.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + (reason.getValue() > examples.size() ? ", ..." : "") + ")");
            }
        }
        return lines;
    }
}
