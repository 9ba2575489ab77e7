package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production server answers /predict on its selector threads; no answer it writes there, a prediction or a
 * 422, makes a selector wait for a client that does not read. Four selectors here, and the clients that check
 * open a connection on each of them in turn.
 */
// a selector that does block would hang a greedy-client test: fail it instead
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TestPredictOnSelectors {
    private static final int SELECTORS = 4;
    /** Eight unknown genres: a 422 of about 2 KB. */
    private static final String INVALID = "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, "
            + "\"budget\": 100000000, \"genres\": [\"g1\", \"g2\", \"g3\", \"g4\", \"g5\", \"g6\", \"g7\", \"g8\"]}";
    @TempDir static Path dir;
    static Javalin app;

    @BeforeAll
    static void start() {
        app = ServeStore.withModels(dir, Profile.SEED).start(ServeConfig.defaults().withPort(0)
                .withPollInterval(Duration.ofMillis(100)).withThreads(SELECTORS));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void predictions_for_a_client_that_reads_none_of_them_block_no_one() throws Exception {
        assertGreedyClientBlocksNoOne(TestPredictEndpoint.REFERENCE, 200);
    }

    @Test
    void refusals_for_a_client_that_reads_none_of_them_block_no_one() throws Exception {
        assertGreedyClientBlocksNoOne(INVALID, 422);
    }

    /** Once the server has stopped reading a client that reads nothing, a connection on every selector is answered. */
    private static void assertGreedyClientBlocksNoOne(String body, int status) throws Exception {
        try (GreedyClient greedy = new GreedyClient(app.port(), "/predict", body).awaitIgnored()) {
            for (int i = 0; i < SELECTORS; i++) {
                try (Socket other = new Socket("127.0.0.1", app.port())) {
                    other.setSoTimeout(5_000);
                    other.getOutputStream().write(RawHttp.post("/predict", "", body));
                    String head = new String(other.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    assertThat(head).isEqualTo("HTTP/1.1 " + status);
                }
            }
            assertThat(greedy.stuck()).isTrue();
        }
    }
}
