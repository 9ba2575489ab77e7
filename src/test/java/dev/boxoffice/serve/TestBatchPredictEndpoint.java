package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /batch_predict: answers in request order, each identical to the single /predict answer. */
class TestBatchPredictEndpoint {
    @TempDir static Path dir;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app = ServeStore.withModels(dir, Profile.PRE_RELEASE, Profile.SEED).start();
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void each_answer_matches_the_single_prediction_in_request_order() {
        List<String> films = List.of(TestPredictEndpoint.REFERENCE, TestPredictEndpoint.RICH,
                "{\"runtime\": 90, \"budget\": 2000000, \"genres\": [\"Horror\"]}");
        JsonNode predictions = http.post("/batch_predict", "[" + String.join(",", films) + "]").json().get("predictions");
        assertThat(predictions.size()).isEqualTo(3);
        for (int i = 0; i < films.size(); i++) {
            assertThat(predictions.get(i)).isEqualTo(http.post("/predict?explain=false", films.get(i)).json());
            assertThat(predictions.get(i).get("top_features").size()).isZero();
        }
        assertThat(predictions.get(0).get("profile").asText()).isEqualTo("seed");
        assertThat(predictions.get(2).get("profile").asText()).isEqualTo("pre-release");
    }

    @Test
    void explained_batch_answers_equal_the_explained_single_ones() {
        JsonNode batch = http.post("/batch_predict?explain=true", "[" + TestPredictEndpoint.RICH + "]").json();
        JsonNode single = http.post("/predict", TestPredictEndpoint.RICH).json();
        assertThat(batch.get("predictions").get(0)).isEqualTo(single);
        assertThat(single.get("top_features").size()).isPositive();
    }

    @Test
    void a_thousand_films_are_answered_in_order() {
        List<String> films = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            films.add("{\"runtime\": " + (80 + i % 90) + ", \"budget\": " + (1_000_000L + 250_000L * i)
                    + ", \"popularity\": " + (i % 50) + ", \"vote_avg\": " + (i % 11) + "}");
        }
        Http.Answer a = http.post("/batch_predict", "[" + String.join(",", films) + "]");
        assertThat(a.status()).isEqualTo(200);
        JsonNode predictions = a.json().get("predictions");
        assertThat(predictions.size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i += 97) {
            assertThat(predictions.get(i).get("budget_millions").asDouble())
                    .isEqualTo(PredictionWriter.millions(1_000_000L + 250_000L * i));
        }
    }

    @Test
    void an_empty_batch_gets_an_empty_list() {
        Http.Answer a = http.post("/batch_predict", "[]");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("predictions").size()).isZero();
    }
}
