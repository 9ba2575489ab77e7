package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/**
 * What the fault tests share: a fake TMDB serving person 287 and movie 550 (faults are queued per test), a
 * manual clock that records every wait, and a client that retries on a known schedule with no jitter.
 */
abstract class TmdbFaultFixture {
    static final String KEY = TestTmdbClient.KEY;
    static final String PERSON = "/person/287";

    final FakeTmdbServer fake = new FakeTmdbServer(FakeTmdbServer.testFixtures(), KEY, null)
            .fixture(PERSON, "person-287.json")
            .fixture("/movie/550", "movie-details-550-append.json");
    final ManualTime time = new ManualTime();
    /** 4 attempts, backoff 200 ms doubling to 2 s, 20 s budget, 2 s request timeout; jitter fixed at 0.5. */
    TmdbConfig config = TmdbConfig.of(fake.baseUrl(), KEY, null).withRequestsPerSecond(1000)
            .withRetry(new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(20)))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    @AfterEach
    void stop() {
        fake.close();
    }

    /** A client on the current {@link #config}, waiting on {@link #time}. */
    TmdbClient client() {
        return new TmdbClient(config, time, time, () -> 0.5);
    }

    /** The TmdbException {@code call} ends with; fails the test when it ends otherwise. */
    static TmdbException failure(Runnable call) {
        TmdbException e = catchThrowableOfType(TmdbException.class, call::run);
        assertThat(e).as("expected a TmdbException").isNotNull();
        return e;
    }
}
