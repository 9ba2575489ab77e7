package dev.boxoffice.data.tmdb;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When to try a failed TMDB call again: exponential backoff with full jitter (a uniform wait between 0
 * and {@code min(maxBackoff, initialBackoff * 2^(failures-1))}), or exactly the server's
 * {@code Retry-After} when it sent one, always within {@code maxAttempts} and the {@code totalBudget}
 * of one call. A {@code Retry-After} longer than the remaining budget is not shortened: the call gives
 * up at once, since retrying earlier than asked would only meet another 429.
 *
 * @param maxAttempts    requests per call at most, the first included (1 disables retries)
 * @param initialBackoff backoff cap after the first failure
 * @param maxBackoff     upper bound of any backoff cap
 * @param totalBudget    time one call may take from its first request, waits included
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration totalBudget) {

    /** Retry-After values above this are treated as this (a day): far beyond any sane budget anyway. */
    static final Duration RETRY_AFTER_CEILING = Duration.ofDays(1);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("maxAttempts must be in [1, 50], got " + maxAttempts);
        }
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        requirePositive("totalBudget", totalBudget);
        if (initialBackoff.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException("initialBackoff must be <= maxBackoff, got " + initialBackoff
                    + " > " + maxBackoff);
        }
    }

    /**
     * The wait before the next attempt after {@code failures} failed ones: {@code retryAfter} when the
     * server gave one, else full-jitter backoff using {@code random} in [0, 1).
     */
    public Duration delay(int failures, Duration retryAfter, double random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be >= 1, got " + failures);
        }
        if (retryAfter != null) {
            return retryAfter;
        }
        if (!(random >= 0 && random < 1)) {
            throw new IllegalArgumentException("random must be in [0, 1), got " + random);
        }
        return Duration.ofNanos((long) (random * backoffCap(failures).toNanos()));
    }

    /** The backoff cap after {@code failures} failures: initialBackoff doubled per failure, at most maxBackoff. */
    public Duration backoffCap(int failures) {
        int doublings = Math.min(failures - 1, 40); // 2^40 * 1 ns already exceeds any maxBackoff worth having
        Duration cap = initialBackoff.multipliedBy(1L << doublings);
        return cap.compareTo(maxBackoff) > 0 || cap.isNegative() ? maxBackoff : cap;
    }

    /** Whether another attempt may follow {@code attemptsMade} attempts, {@code elapsed} into the call, after {@code wait}. */
    public boolean allowsRetry(int attemptsMade, Duration elapsed, Duration wait) {
        return attemptsMade < maxAttempts && elapsed.plus(wait).compareTo(totalBudget) <= 0;
    }

    /**
     * Parses a {@code Retry-After} header: delay-seconds or an HTTP-date (relative to {@code now}).
     * Returns null when absent or unreadable, zero for a past date, and at most {@link #RETRY_AFTER_CEILING}.
     */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,18}")) {
            long seconds = Long.parseLong(v);
            return seconds > RETRY_AFTER_CEILING.toSeconds() ? RETRY_AFTER_CEILING : Duration.ofSeconds(seconds);
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            if (d.isNegative()) return Duration.ZERO;
            return d.compareTo(RETRY_AFTER_CEILING) > 0 ? RETRY_AFTER_CEILING : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void requirePositive(String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be > 0, got " + d);
        }
    }
}
