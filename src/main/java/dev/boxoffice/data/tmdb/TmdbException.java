package dev.boxoffice.data.tmdb;

import java.util.Objects;

/**
 * A TMDB call failed for good: after the retries the policy allowed, or at once for a permanent error.
 * The message names the endpoint path (never its query, so never a credential) and at most a short,
 * sanitized excerpt of TMDB's answer.
 */
public final class TmdbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarse enough for the CLI to pick an exit code. */
    public enum Kind {
        /** HTTP 401/403: the API key or read token was refused. */
        UNAUTHORIZED(false),
        /** HTTP 404: TMDB has no such resource. */
        NOT_FOUND(false),
        /** Another 4xx: TMDB refused the request itself (e.g. page above 500, bad parameter). */
        BAD_REQUEST(false),
        /** HTTP 429 until the retries or the budget ran out. */
        RATE_LIMITED(true),
        /** HTTP 5xx until the retries or the budget ran out. */
        SERVER_ERROR(true),
        /** No complete response within the request timeout (or HTTP 408), repeatedly. */
        TIMEOUT(true),
        /** A body that is not the JSON expected: truncated, HTML, empty, too large or missing key fields. */
        BAD_RESPONSE(true),
        /** The connection failed or was reset, or the thread was interrupted while waiting. */
        NETWORK(true);

        private final boolean serviceSide;

        Kind(boolean serviceSide) {
            this.serviceSide = serviceSide;
        }

        /**
         * True when TMDB or the network is at fault (report "TMDB unavailable"), false when our request
         * or credentials are wrong and retrying later will not help.
         */
        public boolean serviceSide() {
            return serviceSide;
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final String endpoint;
    private final int attempts;

    /**
     * @param kind       what went wrong
     * @param httpStatus the last HTTP status, 0 when no response arrived
     * @param endpoint   the endpoint path without query, e.g. {@code /movie/550}
     * @param attempts   how many requests were sent
     * @param message    the full, already redacted message
     * @param cause      the redacted underlying failure, or null
     */
    public TmdbException(Kind kind, int httpStatus, String endpoint, int attempts, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.attempts = attempts;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The last HTTP status received, or 0 when the failure happened before any response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The endpoint path, without query string, e.g. {@code /discover/movie}. */
    public String endpoint() {
        return endpoint;
    }

    /**
     * How many HTTP requests the failing call sent (0 when none was); 1 for a body that arrived but
     * could not be mapped, which counts only the request that returned it.
     */
    public int attempts() {
        return attempts;
    }
}
