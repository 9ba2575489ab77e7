package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics: Prometheus text with request counts and latencies by route template and status, and model versions. */
class TestMetrics {
    @TempDir static Path dir;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app = ServeStore.withModels(dir, Profile.PRE_RELEASE).start();
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void requests_are_counted_and_timed_by_route_template_method_and_status() {
        for (int i = 0; i < 3; i++) http.post("/predict", "{\"runtime\": 100, \"budget\": 1000000}");
        http.post("/predict", "{\"runtime\": -1, \"budget\": 1000000}");
        http.get("/movies/3");
        http.get("/movies/4");
        String metrics = http.get("/metrics").body();
        assertThat(metrics).contains(
                "boxoffice_http_requests_total{method=\"POST\",route=\"/predict\",status=\"200\"} 3.0",
                "boxoffice_http_requests_total{method=\"POST\",route=\"/predict\",status=\"422\"} 1.0",
                "boxoffice_http_requests_total{method=\"GET\",route=\"/movies/{tmdbId}\",status=\"200\"} 2.0",
                "boxoffice_http_request_duration_seconds_count{method=\"POST\",route=\"/predict\",status=\"200\"} 3",
                "boxoffice_http_request_duration_seconds_bucket{method=\"POST\",route=\"/predict\",status=\"200\",le=");
        assertThat(metrics).doesNotContain("route=\"/movies/3\"");
        assertThat(http.get("/metrics").header("content-type")).startsWith("text/plain");
    }

    @Test
    void each_served_model_has_a_version_gauge() {
        String metrics = http.get("/metrics").body();
        assertThat(metrics).containsPattern(
                "boxoffice_model_version\\{market=\"global\",name=\"pre-release\\.[a-z_]+\",profile=\"pre-release\",task=\"regression\"} 1\\.0");
        assertThat(metrics).containsPattern("boxoffice_model_version\\{[^}]*task=\"classification\"} 1\\.0");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
