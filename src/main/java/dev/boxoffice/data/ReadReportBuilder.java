package dev.boxoffice.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what a reader does with one file while it reads; frozen into a {@link ReadReport} at the end. */
final class ReadReportBuilder {
    /** How many line numbers a report keeps per reason: enough to find the rows, not a copy of them. */
    static final int EXAMPLE_LINES = 5;

    private final Path file;
    private int rowsRead;
    private final Map<String, Integer> rejected = new TreeMap<>();
    private final Map<String, List<Long>> examples = new TreeMap<>();
    private final Map<String, Integer> flags = new TreeMap<>();

    ReadReportBuilder(Path file) {
        this.file = file;
    }

    void rowRead() {
        rowsRead++;
    }

    /** Counts a row read earlier as skipped; every row read and never rejected counts as kept. */
    void reject(String reason, long line) {
        rejected.merge(reason, 1, Integer::sum);
        List<Long> lines = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (lines.size() < EXAMPLE_LINES) {
            lines.add(line);
        }
    }

    void flag(String reason) {
        flags.merge(reason, 1, Integer::sum);
    }

    /** Flags, never rewrites, a known budget or revenue below {@link Movie#PLAUSIBLE_MONEY_MIN_USD}. */
    void flagImplausibleMoney(Movie movie) {
        if (movie.budgetUsd() != null && movie.budgetUsd() < Movie.PLAUSIBLE_MONEY_MIN_USD) {
            flag("budget_under_10k");
        }
        if (movie.revenueUsd() != null && movie.revenueUsd() < Movie.PLAUSIBLE_MONEY_MIN_USD) {
            flag("revenue_under_10k");
        }
    }

    ReadReport build() {
        Map<String, List<Long>> lines = new TreeMap<>();
        examples.forEach((reason, list) -> lines.put(reason, List.copyOf(list)));
        int rowsRejected = rejected.values().stream().mapToInt(Integer::intValue).sum();
        return new ReadReport(file, rowsRead, rowsRead - rowsRejected, rejected, lines, flags);
    }
}
