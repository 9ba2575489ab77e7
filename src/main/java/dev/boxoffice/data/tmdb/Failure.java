package dev.boxoffice.data.tmdb;

import java.time.Duration;
import java.util.Objects;

/**
 * One failed attempt, before the retry decision: its kind, HTTP status (0 if none), a short redacted
 * description, the server's Retry-After (or null), a redacted cause (or null) and whether it is worth
 * another attempt.
 */
record Failure(TmdbException.Kind kind, int status, String detail, Duration retryAfter, Throwable cause,
               boolean retryable) {
    Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    static Failure transientError(TmdbException.Kind kind, int status, String detail, Duration retryAfter) {
        return new Failure(kind, status, detail, retryAfter, null, true);
    }

    static Failure permanent(TmdbException.Kind kind, int status, String detail) {
        return new Failure(kind, status, detail, null, null, false);
    }

    Failure withCause(Throwable redactedCause) {
        return new Failure(kind, status, detail, retryAfter, redactedCause, retryable);
    }

    /** The exception for giving up on {@code request} after {@code attempts} attempts; {@code why} ends the message. */
    TmdbException toException(TmdbRequest request, int attempts, String why) {
        String message = switch (kind) {
            case UNAUTHORIZED -> "TMDB refused the credentials for " + request.describe() + " (" + detail
                    + "); check TMDB_API_KEY or TMDB_READ_TOKEN";
            case NOT_FOUND -> "TMDB has no " + request.resource() + " (" + request.describe() + ": " + detail + ")";
            default -> "TMDB " + request.describe() + " failed: " + detail;
        };
        return new TmdbException(kind, status, request.path(), attempts, why == null ? message : message + "; " + why, cause);
    }
}
