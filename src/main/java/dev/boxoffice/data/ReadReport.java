package dev.boxoffice.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader did with a file: rows read, rows kept, and rows skipped counted by reason with the
 * first few line numbers of each, so bad input is reported rather than silently dropped.
 */
public record ReadReport(Path file, int rowsRead, int rowsKept, Map<String, Integer> rejectedByReason,
                         Map<String, List<Long>> exampleLines, Map<String, Integer> flagsByReason) {
    public ReadReport {
        Objects.requireNonNull(file, "file");
        rejectedByReason = Map.copyOf(rejectedByReason);
        exampleLines = Map.copyOf(exampleLines);
        flagsByReason = Map.copyOf(flagsByReason);
    }

    public int rejected() {
        return rejectedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
