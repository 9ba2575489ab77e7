package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that hangs up while its answer is on the way has gone, the server has not failed: no 500 is counted. */
class TestClientHangsUp {
    @TempDir static Path dir;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app = ServeStore.withModels(dir, Profile.SEED).start();
        app.post("/test/commit-then-fail", ctx -> {
            ctx.res().setContentLength(13);
            ctx.res().getOutputStream().write("{\"sent\":true}".getBytes(StandardCharsets.US_ASCII));
            ctx.res().flushBuffer();
            throw new IOException("Close SendCallback in state PROCESSING");
        });
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void before_reading_a_large_batch_answer() throws Exception {
        String batch = "[" + String.join(",", Collections.nCopies(10_000, TestPredictEndpoint.REFERENCE)) + "]";
        for (int i = 0; i < 3; i++) {
            try (Socket s = new Socket("127.0.0.1", app.port())) {
                s.getOutputStream().write(RawHttp.post("/batch_predict", "", batch));
                s.getInputStream().read();   // the answer has begun; hang up with megabytes of it unsent
            }
        }
        Thread.sleep(500);   // the server notices when it writes next

        assertThat(http.get("/health").status()).isEqualTo(200);
        assertThat(http.post("/batch_predict", "[" + TestPredictEndpoint.REFERENCE + "]").status()).isEqualTo(200);
        assertThat(http.get("/metrics").body()).doesNotContain("status=\"500\"");
    }

    @Test
    void after_its_answer_was_committed() throws Exception {
        // as Jetty fails a blocking write when the client closes before the write's callback completes
        Http.Answer answer = http.post("/test/commit-then-fail", "{}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"sent\":true}");
        assertThat(http.get("/metrics").body())
                .contains("boxoffice_http_requests_total{method=\"POST\",route=\"/test/commit-then-fail\","
                        + "status=\"200\"} 1.0")
                .doesNotContain("status=\"500\"");
    }

    @Test
    void before_its_body_arrived() throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.getOutputStream().write(("POST /predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 500\r\n\r\n{\"runtime\": 120,").getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
        assertThat(http.get("/metrics").body())
                .contains("boxoffice_http_requests_total{method=\"POST\",route=\"/predict\",status=\"400\"} 1.0");
    }
}
