package dev.boxoffice.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A stored prediction for one film by one model version: revenue in dollars, an interval when the model
 * gives one (both ends or neither), the hit probability when a classifier was run, and when it was made
 * ({@code predictedAt} is kept to the microsecond, the finest both databases store).
 */
public record PredictionRecord(long movieId, String modelName, int modelVersion, double predictedRevenueUsd,
                               Double intervalLowUsd, Double intervalHighUsd, Double hitProbability,
                               Instant predictedAt) {
    public PredictionRecord {
        ModelRef.requireValidName(modelName);
        if (modelVersion < 1) throw new IllegalArgumentException("modelVersion must be >= 1, got " + modelVersion);
        requireAmount("predictedRevenueUsd", predictedRevenueUsd);
        if ((intervalLowUsd == null) != (intervalHighUsd == null)) {
            throw new IllegalArgumentException("interval needs both ends or neither, got " + intervalLowUsd + ", "
                    + intervalHighUsd);
        }
        if (intervalLowUsd != null) {
            requireAmount("intervalLowUsd", intervalLowUsd);
            requireAmount("intervalHighUsd", intervalHighUsd);
            if (intervalLowUsd > intervalHighUsd) {
                throw new IllegalArgumentException("intervalLowUsd must be <= intervalHighUsd, got "
                        + intervalLowUsd + " > " + intervalHighUsd);
            }
        }
        if (hitProbability != null && !(hitProbability >= 0 && hitProbability <= 1)) {
            throw new IllegalArgumentException("hitProbability must be in [0, 1], got " + hitProbability);
        }
        predictedAt = Objects.requireNonNull(predictedAt, "predictedAt").truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireAmount(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite amount >= 0, got " + value);
        }
    }
}
