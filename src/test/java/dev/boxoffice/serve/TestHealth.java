package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /health and GET /: 503 until a model is promoted, then 200 without a restart; the reference status JSON. */
class TestHealth {
    @TempDir Path dir;

    @Test
    void health_is_503_until_a_model_is_promoted_then_200_without_a_restart() throws Exception {
        ServeStore s = ServeStore.empty(dir);
        Javalin app = s.start();
        try {
            Http http = new Http(app.port());
            Http.Answer down = http.get("/health");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().get("models_loaded").asBoolean()).isFalse();
            assertThat(down.json().get("store_reachable").asBoolean()).isTrue();
            Http.Answer predict = http.post("/predict", "{\"runtime\": 100, \"budget\": 1000000}");
            assertThat(predict.status()).isEqualTo(503);
            assertThat(predict.json().get("detail").get(0).get("field").asText()).isEqualTo("model");

            s.trainAndPromote(Profile.PRE_RELEASE, dir);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (http.get("/health").status() != 200 && System.nanoTime() < deadline) Thread.sleep(50);

            JsonNode up = http.get("/health").json();
            assertThat(up.get("status").asText()).isEqualTo("ok");
            assertThat(up.get("models").findValuesAsText("name")).hasSize(2)
                    .allMatch(n -> n.startsWith("pre-release."));
            assertThat(up.get("models").findValuesAsText("task")).containsExactlyInAnyOrder("regression", "classification");
            assertThat(http.post("/predict", "{\"runtime\": 100, \"budget\": 1000000}").status()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void root_gives_the_reference_status_to_programs_and_redirects_browsers_to_the_ui() {
        ServeStore s = ServeStore.empty(dir);
        Javalin app = s.start();
        try {
            Http http = new Http(app.port());
            Http.Answer json = http.get("/");
            assertThat(json.status()).isEqualTo(200);
            assertThat(json.json().get("message").asText()).isEqualTo("Box Office Prediction API");
            assertThat(json.json().get("status").asText()).isEqualTo("running");
            Http.Answer browser = http.get("/", "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(browser.status()).isEqualTo(302);
            assertThat(browser.header("location")).isEqualTo("/ui/");
        } finally {
            app.stop();
        }
    }
}
