package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The credential never leaves the client: not in the redaction function's output, a config's toString,
 * an exception's message, cause or stack trace, nor in the log (slf4j-simple's stderr, captured).
 */
class TestCredentialRedaction {
    private static final String KEY = "K3Y-s3cr3t-0f-tmdb-77aa";
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.TOKEN-sig_99";

    @Test
    void redact_masks_api_key_parameters_bearer_tokens_and_literal_secrets() {
        List<String> secrets = List.of("s3cr3t+/=key");

        assertThat(CredentialRedactor.redact("GET /3/movie/550?append_to_response=credits&api_key=abc123&page=2", secrets))
                .isEqualTo("GET /3/movie/550?append_to_response=credits&api_key=***&page=2");
        assertThat(CredentialRedactor.redact("{\"API_KEY\": \"abc\"}", secrets)).isEqualTo("{\"API_KEY\": \"***\"}");
        assertThat(CredentialRedactor.redact("Authorization: Bearer eyJ.abc.def", secrets))
                .isEqualTo("Authorization: Bearer ***");
        assertThat(CredentialRedactor.redact("key s3cr3t+/=key and s3cr3t%2B%2F%3Dkey", secrets))
                .isEqualTo("key *** and ***");
        assertThat(CredentialRedactor.redact("nothing secret here", secrets)).isEqualTo("nothing secret here");
        assertThat(CredentialRedactor.redact(null, secrets)).isNull();
        assertThat(CredentialRedactor.redact("a b", java.util.Arrays.asList(null, " "))).isEqualTo("a b");
    }

    @Test
    void redact_chain_keeps_classes_and_stack_traces_but_not_secrets() {
        IOException original = new IOException("GET http://h/3/x?api_key=" + KEY, new IllegalStateException("had " + TOKEN));

        Throwable copy = CredentialRedactor.redactChain(original, List.of(KEY, TOKEN));

        assertThat(copy.getMessage()).isEqualTo("java.io.IOException: GET http://h/3/x?api_key=***");
        assertThat(copy.getCause().getMessage()).isEqualTo("java.lang.IllegalStateException: had ***");
        assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    }

    @Test
    void config_to_string_shows_settings_but_no_credentials() {
        TmdbConfig config = TmdbConfig.of("https://api.themoviedb.org/3", KEY, TOKEN);

        assertThat(config.toString()).doesNotContain(KEY).doesNotContain(TOKEN)
                .contains("apiKey=***").contains("readToken=***").contains("requestsPerSecond=20.0");
        assertThat(TmdbConfig.of("https://api.themoviedb.org/3", null, TOKEN).toString()).contains("apiKey=unset");
    }

    @Test
    void no_failure_puts_the_api_key_in_a_message_a_stack_trace_or_the_log() {
        String echo = "{\"status_code\":11,\"status_message\":\"failed /3/person/287?api_key=" + KEY + " for " + KEY + "\"}";
        List<Fault> faults = List.of(Fault.reply(FakeTmdbServer.Reply.json(500, echo)),
                Fault.reply(FakeTmdbServer.Reply.json(200, "oops " + KEY + " api_key=" + KEY)),
                Fault.reply(new FakeTmdbServer.Reply(502, "text/html",
                        ("<html><title>Bad key " + KEY + "</title></html>").getBytes(StandardCharsets.UTF_8), java.util.Map.of())),
                Fault.truncated(), Fault.reset(), Fault.delay(Duration.ofMillis(1200)));
        String log = captureStderr(() -> {
            for (Fault fault : faults) {
                assertNoSecretIn(failWith(KEY, null, fault), KEY);
            }
            assertNoSecretIn(failWith("wrong-" + KEY, null, null), KEY); // the 401 path, with the rejected key
        });

        assertThat(log).as("the capture works").contains("retrying in");
        assertThat(log).doesNotContain(KEY).contains("api_key=***");
    }

    @Test
    void no_failure_puts_the_read_token_in_a_message_or_the_log() {
        String log = captureStderr(() -> {
            assertNoSecretIn(failWith(null, TOKEN, Fault.reply(FakeTmdbServer.Reply.json(503,
                    "{\"status_message\":\"Authorization: Bearer " + TOKEN + "\"}"))), TOKEN);
            assertNoSecretIn(failWith(null, "wrong-" + TOKEN, null), TOKEN);
        });

        assertThat(log).contains("retrying in").doesNotContain(TOKEN);
    }

    /** Runs person(287) against a fake that accepts only the real KEY/TOKEN and repeats {@code fault}. */
    private static TmdbException failWith(String key, String token, Fault fault) {
        try (FakeTmdbServer fake = new FakeTmdbServer(FakeTmdbServer.testFixtures(), KEY, TOKEN)) {
            fake.fixture("/person/287", "person-287.json");
            if (fault != null) fake.enqueue("/person/287", 3, fault);
            TmdbConfig config = TmdbConfig.of(fake.baseUrl(), key, token).withRequestsPerSecond(1000)
                    .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5)))
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));
            ManualTime time = new ManualTime();
            TmdbClient client = new TmdbClient(config, time, time, () -> 0.5);
            TmdbException e = catchThrowableOfType(TmdbException.class, () -> client.person(287));
            assertThat(e).isNotNull();
            return e;
        }
    }

    private static void assertNoSecretIn(TmdbException e, String secret) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        List<String> texts = new ArrayList<>(List.of(e.getMessage(), e.toString(), trace.toString(), e.endpoint()));
        assertThat(texts).as(e.kind() + ": " + e.getMessage()).noneSatisfy(t -> assertThat(t).contains(secret));
    }

    /** Runs {@code body} with System.err captured (slf4j-simple resolves System.err at each write). */
    private static String captureStderr(Runnable body) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(original);
        }
        String log = buffer.toString(StandardCharsets.UTF_8);
        original.print(log); // keep it visible in the build output
        return log;
    }
}
