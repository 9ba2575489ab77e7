package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TestRateLimiter {
    private final ManualTime time = new ManualTime();

    @Test
    void a_full_bucket_lets_a_burst_through_then_spaces_permits_evenly() throws Exception {
        RateLimiter limiter = new RateLimiter(4, 3, time, time);

        for (int i = 0; i < 7; i++) {
            limiter.acquire();
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250),
                Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void idle_time_refills_the_bucket_but_never_beyond_the_burst() throws Exception {
        RateLimiter limiter = new RateLimiter(10, 2, time, time);
        limiter.acquire();
        limiter.acquire();
        time.sleep(Duration.ofSeconds(60));

        limiter.acquire();
        limiter.acquire();
        limiter.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    @Test
    void concurrent_callers_are_promised_distinct_slots() throws Exception {
        RateLimiter limiter = new RateLimiter(10, 1, new ManualTime(), d -> { });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Duration>> waits = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                waits.add(pool.submit(limiter::reserve));
            }
            List<Duration> sorted = new ArrayList<>();
            for (Future<Duration> w : waits) sorted.add(w.get());
            sorted.sort(null);
            // the clock never moves, so the 40 reservations must be 0, 100 ms, ..., 3.9 s: no two share a slot
            for (int i = 0; i < 40; i++) {
                assertThat(sorted.get(i)).isEqualTo(Duration.ofMillis(100L * i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejects_a_rate_or_burst_that_cannot_work() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, 1, time, time));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(Double.NaN, 1, time, time));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(5, 0, time, time));
    }
}
