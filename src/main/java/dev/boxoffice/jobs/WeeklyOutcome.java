package dev.boxoffice.jobs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the weekly job did with one upcoming film. {@code model}, {@code modelVersion} and the amounts are
 * null when no model scored it; {@code reason} says why a film was not predicted.
 */
public record WeeklyOutcome(long movieId, String title, LocalDate releaseDate, Status status, String model,
                            Integer modelVersion, Double predictedRevenueUsd, Double hitProbability, String reason) {
    /** The fate of one film. */
    public enum Status {
        /** Predicted and stored with its movie in one transaction. */
        PREDICTED,
        /** Predicted, not stored: a dry run. */
        WOULD_PREDICT,
        /** The current production model had already predicted it: nothing fetched or stored. */
        ALREADY_PREDICTED,
        /** No production model can score it; {@code reason} says why. */
        UNSCORABLE
    }

    public WeeklyOutcome {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        if ((status == Status.UNSCORABLE) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly for unscorable films, got " + status + ": " + reason);
        }
    }
}
