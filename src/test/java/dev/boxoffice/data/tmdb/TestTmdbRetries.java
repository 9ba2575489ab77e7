package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.data.tmdb.TmdbException.Kind;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Transient faults of the fake TMDB (429, 5xx, timeouts, truncated bodies, dropped connections) and their
 * outcome: retried and succeeded, with the attempt count and the waits measured on a manual clock, or a
 * clear error of the right kind once the attempts or the time budget run out.
 */
class TestTmdbRetries extends TmdbFaultFixture {
    @Test
    void rate_limited_twice_with_retry_after_seconds_waits_exactly_that_and_succeeds() {
        fake.enqueue(PERSON, 2, Fault.rateLimited("3"));

        assertThat(client().person(287).name()).isEqualTo("Brad Pitt");

        assertThat(fake.count(PERSON)).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void retry_after_as_an_http_date_is_honoured() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(ManualTime.START.plusSeconds(7).atZone(ZoneOffset.UTC));
        fake.enqueue(PERSON, Fault.rateLimited(at));

        client().person(287);

        assertThat(fake.count(PERSON)).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void without_retry_after_the_waits_back_off_exponentially_with_jitter() {
        fake.enqueue(PERSON, 3, Fault.rateLimited(null));

        client().person(287);

        assertThat(fake.count(PERSON)).isEqualTo(4);
        // jitter 0.5 of the caps 200, 400, 800 ms
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void server_errors_and_a_proxy_html_page_are_retried_until_success() {
        fake.enqueue(PERSON, Fault.serverError(500), Fault.serverError(503), Fault.html(502));

        assertThat(client().person(287).id()).isEqualTo(287);

        assertThat(fake.count(PERSON)).isEqualTo(4);
    }

    @Test
    void rate_limiting_beyond_the_retry_budget_ends_as_rate_limited() {
        config = config.withRetry(new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(10)));
        fake.enqueue(PERSON, 20, Fault.rateLimited("4"));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.attempts()).isEqualTo(3); // at 0 s, 4 s, 8 s; the next would start at 12 s > 10 s
        assertThat(fake.count(PERSON)).isEqualTo(3);
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(8));
        assertThat(e.getMessage()).contains("GET /person/287").contains("HTTP 429").contains("TMDB status 25")
                .contains("gave up after 3 attempts");
    }

    @Test
    void persistent_server_errors_end_as_server_error_after_max_attempts() {
        fake.enqueue(PERSON, 10, Fault.serverError(500));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.kind().serviceSide()).isTrue();
        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(fake.count(PERSON)).isEqualTo(4);
        assertThat(e.getMessage()).contains("HTTP 500 (TMDB status 11: Internal error").contains("4 attempts");
    }

    @Test
    void a_retry_after_longer_than_the_budget_fails_at_once_instead_of_sleeping() {
        fake.enqueue(PERSON, Fault.rateLimited("999999999999"));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
        assertThat(e.getMessage()).contains("TMDB asked to wait 86400.0 s, beyond the 20.0 s retry budget");
    }

    @Test
    void a_reply_slower_than_the_timeout_is_retried_and_then_succeeds() {
        config = config.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));
        fake.enqueue(PERSON, Fault.delay(Duration.ofMillis(1500)));

        assertThat(client().person(287).name()).isEqualTo("Brad Pitt");

        assertThat(fake.count(PERSON)).isEqualTo(2);
    }

    @Test
    void replies_that_always_time_out_end_as_timeout() {
        config = config.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withRetry(new RetryPolicy(2, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(20)));
        fake.enqueue(PERSON, 2, Fault.delay(Duration.ofMillis(1500)));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.httpStatus()).isZero();
        assertThat(e.getMessage()).contains("no complete response within 300 ms");
    }

    @Test
    void a_body_trickling_in_past_the_timeout_is_a_timeout_too() {
        config = config.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withRetry(new RetryPolicy(1, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(20)));
        fake.enqueue(PERSON, Fault.slowBody(Duration.ofMillis(100)));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void truncated_json_is_retried_and_then_succeeds() {
        fake.enqueue("/movie/550", Fault.truncated());

        assertThat(client().movieDetails(550).title()).isEqualTo("Fight Club");

        assertThat(fake.count("/movie/550")).isEqualTo(2);
    }

    @Test
    void json_that_stays_truncated_ends_as_bad_response() {
        fake.enqueue(PERSON, 10, Fault.truncated());

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.getMessage()).contains("HTTP 200 with truncated JSON (268 bytes), body starts: {");
        assertThat(e.getMessage()).as("no full body in the message").doesNotContain("Shawnee");
    }

    @Test
    void a_connection_dropped_mid_body_is_retried_and_then_succeeds() {
        fake.enqueue("/movie/550", Fault.reset());

        assertThat(client().movieDetails(550).id()).isEqualTo(550);

        assertThat(fake.count("/movie/550")).isEqualTo(2);
    }

    @Test
    void connections_that_keep_dropping_end_as_network_error() {
        fake.enqueue("/movie/550", 10, Fault.reset());

        TmdbException e = failure(() -> client().movieDetails(550));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void an_attempt_gets_only_what_is_left_of_the_budget() {
        config = config.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
                .withRetry(new RetryPolicy(2, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(4500)));
        fake.enqueue(PERSON, Fault.rateLimited("3"), Fault.delay(Duration.ofMillis(2500)));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).as("4.5 s budget - 3 s waited").contains("no complete response within 1500 ms");
    }
}
