package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestRetryPolicy {
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(60));

    @Test
    void backoff_caps_double_per_failure_up_to_the_maximum() {
        assertThat(policy.backoffCap(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoffCap(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffCap(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffCap(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffCap(1_000)).as("no overflow").isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void full_jitter_spreads_the_wait_between_zero_and_the_cap() {
        assertThat(policy.delay(3, null, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(policy.delay(3, null, 0.25)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(3, null, 0.999_999)).isLessThan(Duration.ofSeconds(2));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.delay(3, null, 1.0));
    }

    @Test
    void a_retry_after_replaces_the_backoff() {
        assertThat(policy.delay(1, Duration.ofSeconds(30), 0.9)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void parses_retry_after_seconds_and_http_dates() {
        assertThat(RetryPolicy.parseRetryAfter("7", NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("Sat, 21 Nov 2026 09:00:12 GMT", NOW)).isEqualTo(Duration.ofSeconds(12));
        assertThat(RetryPolicy.parseRetryAfter("Sat, 21 Nov 2026 08:00:00 GMT", NOW)).as("past").isEqualTo(Duration.ZERO);
    }

    @Test
    void unreadable_or_absurd_retry_after_values_are_ignored_or_capped() {
        assertThat(RetryPolicy.parseRetryAfter(null, NOW)).isNull();
        assertThat(RetryPolicy.parseRetryAfter("", NOW)).isNull();
        assertThat(RetryPolicy.parseRetryAfter("-5", NOW)).isNull();
        assertThat(RetryPolicy.parseRetryAfter("1.5", NOW)).isNull();
        assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isNull();
        assertThat(RetryPolicy.parseRetryAfter("99999999999999999999999", NOW)).isNull();
        assertThat(RetryPolicy.parseRetryAfter("999999999999", NOW)).isEqualTo(Duration.ofDays(1));
        assertThat(RetryPolicy.parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", NOW)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void retries_stop_at_max_attempts_or_when_the_wait_would_overrun_the_budget() {
        assertThat(policy.allowsRetry(4, Duration.ofSeconds(10), Duration.ofSeconds(1))).isTrue();
        assertThat(policy.allowsRetry(5, Duration.ofSeconds(10), Duration.ofSeconds(1))).isFalse();
        assertThat(policy.allowsRetry(1, Duration.ofSeconds(50), Duration.ofSeconds(10))).isTrue();
        assertThat(policy.allowsRetry(1, Duration.ofSeconds(50), Duration.ofSeconds(11))).isFalse();
    }

    @Test
    void rejects_settings_that_cannot_work() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .withMessage("maxAttempts must be in [1, 50], got 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .withMessageContaining("initialBackoff must be <= maxBackoff");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(1), null));
    }
}
