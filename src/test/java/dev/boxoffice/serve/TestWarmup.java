package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's warm-up: its own /predict traffic over keep-alive connections, answered and left out of /metrics. */
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
