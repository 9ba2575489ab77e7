package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets a 4xx naming the offending field, never a 5xx, and the server stays healthy.
 * The server here takes bodies up to 64 KB and batches up to 50 films, so the limits are cheap to reach.
 */
class TestBadInput {
    static final int MAX_BODY = 64 * 1024;
    static final int MAX_BATCH = 50;

    @TempDir static Path dir;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        ServeStore s = ServeStore.withModels(dir, Profile.PRE_RELEASE, Profile.SEED);
        app = s.start(ServeConfig.builder().port(0).maxBatch(MAX_BATCH)
                .maxBodyBytes(MAX_BODY).pollInterval(Duration.ofMillis(100)).build());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static Stream<Arguments> cases() {
        String ok = "\"runtime\": 120, \"budget\": 1000000";
        return Stream.of(
                Arguments.of("missing budget", "/predict", "{\"runtime\": 120}", 422, "budget"),
                Arguments.of("missing runtime", "/predict", "{\"budget\": 5}", 422, "runtime"),
                Arguments.of("null budget", "/predict", "{\"runtime\": 120, \"budget\": null}", 422, "budget"),
                Arguments.of("budget as text", "/predict", "{\"runtime\": 120, \"budget\": \"100M\"}", 422, "budget"),
                Arguments.of("runtime as boolean", "/predict", "{\"runtime\": true, \"budget\": 1}", 422, "runtime"),
                Arguments.of("popularity NaN", "/predict", "{" + ok + ", \"popularity\": NaN}", 422, "popularity"),
                Arguments.of("runtime Infinity", "/predict", "{\"runtime\": Infinity, \"budget\": 1}", 422, "runtime"),
                Arguments.of("budget -Infinity", "/predict", "{\"runtime\": 1, \"budget\": -Infinity}", 422, "budget"),
                Arguments.of("budget overflows a double", "/predict", "{\"runtime\": 1, \"budget\": 1e400}", 422, "budget"),
                Arguments.of("budget overflows a long", "/predict",
                        "{\"runtime\": 1, \"budget\": 123456789012345678901234567890}", 422, "budget"),
                Arguments.of("negative budget (reference: 400 infinity)", "/predict",
                        "{\"runtime\": 120, \"budget\": -1}", 422, "budget"),
                Arguments.of("negative runtime", "/predict", "{\"runtime\": -5, \"budget\": 1}", 422, "runtime"),
                Arguments.of("negative popularity", "/predict", "{" + ok + ", \"popularity\": -0.5}", 422, "popularity"),
                Arguments.of("vote_avg 70 (reference accepts it)", "/predict", "{" + ok + ", \"vote_avg\": 70}", 422, "vote_avg"),
                Arguments.of("vote_avg below 0", "/predict", "{" + ok + ", \"vote_avg\": -0.1}", 422, "vote_avg"),
                Arguments.of("vote_count fractional", "/predict", "{" + ok + ", \"vote_count\": 1.5}", 422, "vote_count"),
                Arguments.of("unknown genre", "/predict", "{" + ok + ", \"genres\": [\"Sci-Fi\"]}", 422, "genres"),
                Arguments.of("genres not a list", "/predict", "{" + ok + ", \"genres\": \"Action\"}", 422, "genres"),
                Arguments.of("impossible date", "/predict", "{" + ok + ", \"release_date\": \"2026-13-45\"}", 422, "release_date"),
                Arguments.of("language not ISO 639-1", "/predict", "{" + ok + ", \"original_language\": \"english\"}", 422, "original_language"),
                Arguments.of("unknown market", "/predict", "{" + ok + ", \"market\": \"mars\"}", 422, "market"),
                Arguments.of("cast member without a name", "/predict", "{" + ok + ", \"cast\": [{\"id\": 3}]}", 422, "cast[0].name"),
                Arguments.of("explain neither true nor false", "/predict?explain=maybe", "{" + ok + "}", 422, "explain"),
                Arguments.of("malformed JSON", "/predict", "{\"runtime\": 120,", 400, "body"),
                Arguments.of("trailing garbage", "/predict", "{" + ok + "} x", 400, "body"),
                Arguments.of("duplicate field", "/predict", "{" + ok + ", \"budget\": 2}", 400, "body"),
                Arguments.of("array body", "/predict", "[{" + ok + "}]", 400, "body"),
                Arguments.of("string body", "/predict", "\"hello\"", 400, "body"),
                Arguments.of("empty body", "/predict", "", 400, "body"),
                Arguments.of("oversized body", "/predict", "{" + ok + ", \"title\": \"" + "x".repeat(MAX_BODY) + "\"}", 413, "body"),
                Arguments.of("batch not an array", "/batch_predict", "{" + ok + "}", 400, "body"),
                Arguments.of("batch with one bad film", "/batch_predict", "[{" + ok + "}, {\"runtime\": 1, \"budget\": -1}]", 422, "[1].budget"),
                Arguments.of("batch item not an object", "/batch_predict", "[{" + ok + "}, 7]", 422, "[1].body"),
                Arguments.of("batch over the limit", "/batch_predict",
                        "[" + String.join(",", java.util.Collections.nCopies(MAX_BATCH + 1, "{" + ok + "}")) + "]", 413, "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bad_input_gets_a_4xx_naming_the_field_and_the_server_stays_healthy(String name, String path, String body,
                                                                          int status, String field) {
        Http.Answer a = http.post(path, body.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        JsonNode detail = a.json().get("detail");
        assertThat(detail.isArray()).isTrue();
        List<String> fields = new ArrayList<>();
        detail.forEach(d -> {
            fields.add(d.get("field").asText());
            assertThat(d.get("message").asText()).isNotBlank();
        });
        assertThat(fields).contains(field);
        assertThat(a.body()).doesNotContain("Exception", "at dev.", "at io.", "SQL");
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    @Test
    void every_bad_field_of_one_request_is_listed() {
        Http.Answer a = http.post("/predict", "{\"runtime\": -1, \"budget\": \"x\", \"vote_avg\": 11, \"genres\": [\"Nope\"]}");
        assertThat(a.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        a.json().get("detail").forEach(d -> fields.add(d.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("runtime", "budget", "vote_avg", "genres");
    }

    @Test
    void an_oversized_chunked_body_is_413_too() {
        byte[] big = ("{\"runtime\": 1, \"budget\": 1, \"title\": \"" + "y".repeat(4 * MAX_BODY) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Http.Answer a = http.postChunked("/predict", big);
        assertThat(a.response().headers().firstValue("content-length")).isPresent();
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("detail").get(0).get("field").asText()).isEqualTo("body");
        assertThat(http.postChunked("/predict", "{\"runtime\": 1, \"budget\": 1}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
    }

    @Test
    void unknown_routes_and_methods_are_4xx_json() {
        Http.Answer missing = http.get("/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").get(0).get("field").asText()).isEqualTo("path");
        assertThat(http.get("/predict").status()).isEqualTo(405);
    }

    @Test
    void random_mangled_bodies_never_get_a_5xx() {
        Random random = new Random(7);
        String valid = TestPredictEndpoint.RICH;
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder(valid);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, "{}[]\",:-0e9NaIf\\u".charAt(random.nextInt(17)));
                    default -> b.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            Http.Answer a = http.post(i % 2 == 0 ? "/predict" : "/batch_predict", i % 2 == 0 ? b.toString() : "[" + b + "]");
            assertThat(a.status()).as(b.toString()).isIn(200, 400, 413, 422);
        }
        assertThat(http.get("/health").status()).isEqualTo(200);
    }
}
