package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.FilmPrediction;
import dev.boxoffice.model.ProductionModels;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /predict over real HTTP against models trained on synthetic films in a real SQLite store. */
class TestPredictEndpoint {
    static final String REFERENCE = "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}";
    static final String RICH = """
            {"runtime": 130, "budget": 150000000, "title": "Saga Returns", "release_date": "2026-07-04",
             "genres": ["action", "Science Fiction"], "original_language": "en",
             "production_companies": ["Marvel Studios"], "production_countries": ["United States of America"],
             "cast": [{"name": "Famous Star"}, {"name": "Actor 101", "popularity": 4.5}],
             "crew": [{"name": "Steady Director", "job": "Director"}], "collection": "Saga 1"}""";

    @TempDir static Path dir;
    static ServeStore s;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        s = ServeStore.withModels(dir, Profile.PRE_RELEASE, Profile.SEED);
        app = s.start();
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void reference_request_gets_the_reference_fields_and_ours() {
        Http.Answer a = http.post("/predict", REFERENCE);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("content-type")).startsWith("application/json");
        JsonNode j = a.json();
        assertThat(j.fieldNames()).toIterable().contains("predicted_revenue", "predicted_revenue_millions", "is_hit",
                "hit_probability", "budget_millions", "model", "model_version", "profile", "market", "revenue_lower",
                "revenue_upper", "interval_level", "classifier", "classifier_version", "top_features");
        double revenue = j.get("predicted_revenue").asDouble();
        assertThat(revenue).isGreaterThan(1e6).isLessThan(1e10);
        assertThat(j.get("predicted_revenue_millions").asDouble()).isCloseTo(revenue / 1e6, within(0.006));
        assertThat(j.get("budget_millions").asDouble()).isEqualTo(100.0);
        double p = j.get("hit_probability").asDouble();
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(j.get("is_hit").asBoolean()).isEqualTo(p >= 0.5);
        // popularity and vote_avg present: an audience-signal model; only seed is trained here
        assertThat(j.get("profile").asText()).isEqualTo("seed");
        assertThat(j.get("model").asText()).startsWith("seed.");
        assertThat(j.get("model_version").asInt()).isEqualTo(1);
        assertThat(j.get("classifier").asText()).startsWith("seed.");
        assertThat(j.get("market").asText()).isEqualTo("global");
    }

    @Test
    void without_audience_signals_the_pre_release_model_answers_with_an_interval() {
        JsonNode j = http.post("/predict", "{\"runtime\": 110, \"budget\": 40000000}").json();
        assertThat(j.get("profile").asText()).isEqualTo("pre-release");
        assertThat(j.get("model").asText()).startsWith("pre-release.");
        double revenue = j.get("predicted_revenue").asDouble();
        assertThat(j.get("revenue_lower").asDouble()).isLessThanOrEqualTo(revenue);
        assertThat(j.get("revenue_upper").asDouble()).isGreaterThanOrEqualTo(revenue);
        assertThat(j.get("interval_level").asDouble()).isBetween(0.5, 0.99);
    }

    @Test
    void rich_request_is_scored_exactly_like_the_in_process_predictor() {
        JsonNode j = http.post("/predict", RICH).json();
        Movie same = Movie.builder(0, "Saga Returns").releaseDate(LocalDate.of(2026, 7, 4)).budgetUsd(150_000_000L)
                .runtimeMinutes(130.0).genres(List.of("Action", "Science Fiction")).originalLanguage("en")
                .productionCompanies(List.of(new Named(1000, "Marvel Studios")))
                .productionCountries(List.of("United States of America")).collection(new Named(501, "Saga 1"))
                .credits(new Credits(List.of(Credit.cast(7, "Famous Star", 0, null, null, null),
                        Credit.cast(101, "Actor 101", 1, null, null, 4.5)),
                        List.of(Credit.crew(9, "Steady Director", "Director", null, null, null))))
                .build();
        ProductionModels models = ProductionModels.load(s.registry, FilmHistory.of(s.store.loadMovies()));
        FilmPrediction expected = models.choose(same).orElseThrow().predict(same, LocalDate.of(2026, 6, 1));
        // the API writes dollars to the cent and probabilities to six decimals
        assertThat(j.get("predicted_revenue").asDouble()).isCloseTo(expected.predictedRevenueUsd(), within(0.005));
        assertThat(j.get("hit_probability").asDouble()).isCloseTo(expected.hitProbability(), within(5e-7));
        assertThat(j.get("top_features").size()).isEqualTo(expected.contributions().size());
    }

    @Test
    void names_reach_the_track_records_of_the_stored_films() {
        String withStar = RICH;
        String withoutStar = RICH.replace("Famous Star", "Unknown Newcomer").replace("Steady Director", "First Timer");
        double a = http.post("/predict", withStar).json().get("predicted_revenue").asDouble();
        double b = http.post("/predict", withoutStar).json().get("predicted_revenue").asDouble();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void a_zero_budget_means_unknown_and_is_still_answered() {
        Http.Answer a = http.post("/predict", "{\"runtime\": 95, \"budget\": 0}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("budget_millions").asDouble()).isEqualTo(0.0);
    }

    @Test
    void a_hindi_film_without_a_hindi_model_falls_back_to_the_global_one() {
        JsonNode j = http.post("/predict", "{\"runtime\": 150, \"budget\": 5000000, \"original_language\": \"hi\"}").json();
        assertThat(j.get("market").asText()).isEqualTo("global");
        assertThat(j.get("predicted_revenue").asDouble()).isPositive();
    }

    @Test
    void explain_false_skips_the_contributions_but_not_the_prediction() {
        JsonNode explained = http.post("/predict", RICH).json();
        JsonNode plain = http.post("/predict?explain=false", RICH).json();
        assertThat(explained.get("top_features").size()).isPositive();
        assertThat(plain.get("top_features").size()).isZero();
        assertThat(plain.get("predicted_revenue")).isEqualTo(explained.get("predicted_revenue"));
        assertThat(plain.get("hit_probability")).isEqualTo(explained.get("hit_probability"));
    }

    @Test
    void same_request_same_answer() {
        assertThat(http.post("/predict", RICH).body()).isEqualTo(http.post("/predict", RICH).body());
    }
}
