package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.data.tmdb.TmdbException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Faults that end a call: refused credentials, unknown resources, other client errors, redirects and
 * bodies that are not JSON, plus what is tolerated (JSON under a wrong Content-Type).
 */
class TestTmdbErrors extends TmdbFaultFixture {
    @Test
    void an_html_page_with_status_200_ends_as_bad_response_naming_its_title() {
        fake.enqueue(PERSON, 10, Fault.html(200));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("HTML page: 200 Bad Gateway");
    }

    @Test
    void an_empty_body_ends_as_bad_response() {
        fake.enqueue(PERSON, 10, Fault.empty(200));

        assertThat(failure(() -> client().person(287)).getMessage()).contains("HTTP 200 with empty body");
    }

    @Test
    void valid_json_under_a_wrong_content_type_is_accepted() {
        fake.enqueue(PERSON, Fault.contentType("text/html; charset=iso-8859-1"));

        assertThat(client().person(287).name()).isEqualTo("Brad Pitt");
        assertThat(fake.count(PERSON)).isEqualTo(1);
    }

    @Test
    void a_server_that_is_not_there_is_a_network_error() {
        fake.close();

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).contains("connection to 127.0.0.1:").contains("failed (ConnectException");
    }

    @Test
    void a_wrong_key_is_unauthorized_at_once_with_a_hint() {
        config = TmdbConfig.of(fake.baseUrl(), "wrong-key", null).withRequestsPerSecond(1000);

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.kind().serviceSide()).isFalse();
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(fake.count(PERSON)).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
        assertThat(e.getMessage()).contains("Invalid API key").contains("check TMDB_API_KEY or TMDB_READ_TOKEN");
    }

    @Test
    void an_unknown_film_is_not_found_naming_it() {
        TmdbException e = failure(() -> client().movieDetails(999_999_999));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.endpoint()).isEqualTo("/movie/999999999");
        assertThat(fake.count("/movie/999999999")).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("TMDB has no movie 999999999 (GET /movie/999999999: HTTP 404 (TMDB status 34");
    }

    @Test
    void another_client_error_is_a_bad_request_and_not_retried() {
        fake.enqueue(PERSON, Fault.reply(FakeTmdbServer.Reply.json(400,
                "{\"success\":false,\"status_code\":22,\"status_message\":\"Invalid page: Pages start at 1 and max at 500.\"}")));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(e.getMessage()).contains("TMDB status 22: Invalid page");
        assertThat(fake.count(PERSON)).isEqualTo(1);
    }

    @Test
    void a_redirect_is_not_followed() {
        fake.enqueue(PERSON, Fault.reply(FakeTmdbServer.Reply.json(301, "").withHeader("Location", "http://elsewhere.invalid/")));

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("HTTP 301").contains("check TMDB_BASE_URL");
        assertThat(fake.count(PERSON)).isEqualTo(1);
    }

    @Test
    void an_interrupted_caller_gets_a_network_error_and_keeps_its_interrupt_flag() {
        Thread.currentThread().interrupt();
        try {
            TmdbException e = failure(() -> client().person(287));
            assertThat(e.kind()).isEqualTo(Kind.NETWORK);
            assertThat(e.getMessage()).contains("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void gzip_bodies_are_read_whether_or_not_they_are_labelled() {
        fake.enqueue(PERSON, Fault.gzipped(true), Fault.gzipped(false));

        assertThat(client().person(287).name()).isEqualTo("Brad Pitt");
        assertThat(client().person(287).name()).isEqualTo("Brad Pitt");
        assertThat(fake.count(PERSON)).isEqualTo(2);
    }

    @Test
    void a_corrupt_gzip_body_ends_as_bad_response() {
        fake.enqueue(PERSON, 10, Fault.corruptGzip());

        TmdbException e = failure(() -> client().person(287));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("corrupt gzip body");
    }
}
