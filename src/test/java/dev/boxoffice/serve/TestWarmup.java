package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.eclipse.jetty.io.ConnectionStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's warm-up: its own traffic, shaped like its clients', over keep-alive connections renewed now and
 * then, answered and left out of /metrics.
 */
class TestWarmup {
    @TempDir Path dir;

    @Test
    void sends_predictions_that_are_all_answered_and_not_counted_as_traffic() throws Exception {
        Javalin app = ServeStore.withModels(dir, Profile.SEED, Profile.PRE_RELEASE).start();
        try {
            Warmup.Report r = Warmup.run("127.0.0.1", app.port(), Duration.ofMillis(800), 2);

            assertThat(r.requests()).isGreaterThan(10);
            assertThat(r.answered()).isEqualTo(r.requests());
            Http http = new Http(app.port());
            assertThat(http.post("/predict", TestPredictEndpoint.REFERENCE).status()).isEqualTo(200);
            String metrics = http.get("/metrics").body();
            assertThat(metrics).contains("boxoffice_http_requests_total{method=\"POST\",route=\"/predict\",status=\"200\"} 1.0");
        } finally {
            app.stop();
        }
    }

    @Test
    void renews_its_connections_and_loses_no_request_when_one_is_closed() throws Exception {
        Javalin app = ServeStore.withModels(dir, Profile.SEED, Profile.PRE_RELEASE).start();
        ConnectionStatistics connections = new ConnectionStatistics();
        app.jettyServer().server().getConnectors()[0].addEventListener(connections);
        connections.start();
        try {
            long start = System.nanoTime();
            JitActivity busy = jit(() -> (System.nanoTime() - start) / 1_000_000);
            Warmup.Report r = Warmup.run("127.0.0.1", app.port(), Duration.ofSeconds(3), 1, busy);

            assertThat(r.requests()).isGreaterThan(2L * Warmup.REQUESTS_PER_CONNECTION);
            assertThat(r.answered()).isEqualTo(r.requests());
            // the /health check before the warm-up, then one connection per 500 requests
            assertThat(connections.getConnectionsTotal())
                    .isGreaterThanOrEqualTo(1 + r.requests() / Warmup.REQUESTS_PER_CONNECTION);
        } finally {
            app.stop();
        }
    }

    @Test
    void mixes_the_requests_and_headers_of_different_clients() {
        List<Warmup.Request> requests = LongStream.range(0, 1_000).mapToObj(i -> Warmup.request(i, false)).toList();

        assertThat(requests).extracting(r -> r.method() + " " + r.path()).contains(
                "POST /predict", "POST /predict?explain=false", "POST /batch_predict", "GET /health", "GET /");
        assertThat(requests).filteredOn(r -> r.method().equals("GET")).allSatisfy(r -> assertThat(r.body()).isNull());
        assertThat(requests).extracting(Warmup.Request::headers)
                .anyMatch(String::isEmpty)
                .anyMatch(h -> h.contains("User-Agent: "))
                .anyMatch(h -> h.contains("Accept-Encoding: gzip"))
                .noneMatch(h -> h.contains("Connection: close"));
        // the last request of a connection is a single prediction, and half of them close it
        assertThat(LongStream.range(0, 10).mapToObj(i -> Warmup.request(i, true)))
                .allSatisfy(r -> assertThat(r.path()).isEqualTo("/predict"))
                .filteredOn(r -> r.headers().contains("Connection: close")).hasSize(5);
    }

    @Test
    void stops_once_the_compiler_has_settled_and_gets_its_batches_answered() throws Exception {
        Javalin app = ServeStore.withModels(dir, Profile.SEED, Profile.PRE_RELEASE).start();
        try {
            JitActivity idle = jit(() -> 0L);
            Warmup.Report r = Warmup.run("127.0.0.1", app.port(), Duration.ofSeconds(30), 2, idle);

            assertThat(r.settled()).isTrue();
            assertThat(r.took()).isBetween(Warmup.MINIMUM, Warmup.MINIMUM.plus(Warmup.WINDOW).plusSeconds(3));
            // every 64th request is a 100-film /batch_predict, whose answer comes chunked
            assertThat(r.requests()).isGreaterThan(2 * 64);
            assertThat(r.answered()).isEqualTo(r.requests());
        } finally {
            app.stop();
        }
    }

    @Test
    void lasts_its_budget_while_the_compiler_keeps_compiling() throws Exception {
        Javalin app = ServeStore.withModels(dir, Profile.SEED).start();
        try {
            long start = System.nanoTime();
            JitActivity busy = jit(() -> (System.nanoTime() - start) / 1_000_000);   // a core compiling all along
            Warmup.Report r = Warmup.run("127.0.0.1", app.port(), Duration.ofSeconds(4), 1, busy);

            assertThat(r.settled()).isFalse();
            assertThat(r.took()).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        } finally {
            app.stop();
        }
    }

    private static JitActivity jit(LongSupplier millis) {
        return new JitActivity() {
            @Override
            public long compileMillis() {
                return millis.getAsLong();
            }

            @Override
            public boolean measurable() {
                return true;
            }
        };
    }

    @Test
    void sends_nothing_while_no_model_is_in_production() throws Exception {
        Javalin app = ServeStore.empty(dir).start();
        try {
            Warmup.Report r = Warmup.run("127.0.0.1", app.port(), Duration.ofSeconds(5), 2);

            assertThat(r.requests()).isZero();
            assertThat(r.took()).isLessThan(Duration.ofSeconds(5));
        } finally {
            app.stop();
        }
    }

    @Test
    void a_server_that_is_not_there_is_no_error() throws Exception {
        Warmup.Report r = Warmup.run("127.0.0.1", 1, Duration.ofMillis(200), 1);

        assertThat(r.requests()).isZero();
    }
}
