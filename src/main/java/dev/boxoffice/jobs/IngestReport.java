package dev.boxoffice.jobs;

import dev.boxoffice.store.UpsertCounts;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an ingest did: movies inserted, updated and left unchanged; rows the reader skipped, by reason
 * ("movies:missing_value:id"); and how many feature rows were (re)computed and stored.
 */
public record IngestReport(String source, UpsertCounts counts, Map<String, Integer> rejectedByReason,
                           int featureRows, double seconds) {
    public IngestReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(counts, "counts");
        rejectedByReason = Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
        if (featureRows < 0) throw new IllegalArgumentException("featureRows must be >= 0, got " + featureRows);
    }

    /** Rows skipped by the reader, over every reason. */
    public int rejected() {
        return rejectedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
