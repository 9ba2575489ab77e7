package dev.boxoffice.data.tmdb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A thread-safe token bucket: {@code permitsPerSecond} tokens a second, at most {@code burst} saved up.
 * A caller reserves its token under the lock and sleeps outside it, so waiting threads queue fairly and
 * the lock is never held while sleeping.
 */
public final class RateLimiter {
    private final double permitsPerSecond;
    private final int burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;         // may go negative: tokens already promised to sleeping callers
    private Instant lastRefill;

    /** A limiter that starts full; {@code clock} and {@code sleeper} are the real ones outside tests. */
    public RateLimiter(double permitsPerSecond, int burst, Clock clock, Sleeper sleeper) {
        if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
            throw new IllegalArgumentException("permitsPerSecond must be > 0 and finite, got " + permitsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be >= 1, got " + burst);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.burst = burst;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.tokens = burst;
        this.lastRefill = clock.instant();
    }

    /** Takes one permit, sleeping until it is available; throws when interrupted while waiting. */
    public void acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Takes one permit now and returns how long the caller must wait before using it. */
    synchronized Duration reserve() {
        Instant now = clock.instant();
        if (now.isAfter(lastRefill)) {
            double elapsedSeconds = Duration.between(lastRefill, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + elapsedSeconds * permitsPerSecond);
            lastRefill = now;
        }
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / permitsPerSecond * 1e9));
    }
}
