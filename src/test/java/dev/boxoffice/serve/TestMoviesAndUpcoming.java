package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.store.FeatureRow;
import dev.boxoffice.store.PredictionRecord;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /movies/{tmdbId}, GET /upcoming and GET /models read what the store and registry hold. */
class TestMoviesAndUpcoming {
    static final long UPCOMING_ID = 90_001;

    @TempDir static Path dir;
    static ServeStore s;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        s = ServeStore.withModels(dir, Profile.PRE_RELEASE);
        Movie film = ServeStore.FILMS.get(4);
        FeatureSet fs = FeatureSets.forProfile(Profile.PRE_RELEASE);
        s.store.saveFeatures(List.of(new FeatureRow(film.id(), fs.name(), fs.version(), fs.names(),
                fs.extract(film, FilmHistory.of(ServeStore.FILMS)))));
        s.store.savePrediction(new PredictionRecord(film.id(), "pre-release.xgboost", 1, 5.5e7, 2e7, 9e7, 0.4,
                Instant.parse("2026-05-01T00:00:00Z")));
        Movie coming = Movie.builder(UPCOMING_ID, "Coming Soon").releaseDate(LocalDate.of(2026, 8, 14))
                .budgetUsd(80_000_000L).runtimeMinutes(118.0).genres(List.of("Action")).posterPath("/soon.jpg")
                .status("Post Production").build();
        s.store.upsertMovies(List.of(coming));
        s.store.savePrediction(new PredictionRecord(UPCOMING_ID, "pre-release.xgboost", 1, 2.4e8, null, null, 0.7,
                Instant.parse("2026-05-30T00:00:00Z")));
        app = s.start();
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void a_stored_movie_has_its_facts_features_and_latest_prediction() {
        Movie film = ServeStore.FILMS.get(4);
        Http.Answer a = http.get("/movies/" + film.id());
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.get("tmdb_id").asLong()).isEqualTo(film.id());
        assertThat(j.get("facts").get("title").asText()).isEqualTo(film.title());
        assertThat(j.get("facts").get("budget").asLong()).isEqualTo(film.budgetUsd());
        assertThat(j.get("facts").get("genres").size()).isEqualTo(film.genres().size());
        FeatureSet fs = FeatureSets.forProfile(Profile.PRE_RELEASE);
        JsonNode features = j.get("features").get(fs.label());
        assertThat(features.size()).isEqualTo(fs.width());
        assertThat(j.get("latest_prediction").get("predicted_revenue").asDouble()).isEqualTo(5.5e7);
        assertThat(j.get("latest_prediction").get("revenue_lower").asDouble()).isEqualTo(2e7);
        assertThat(j.get("latest_prediction").get("is_hit").asBoolean()).isFalse();
    }

    @Test
    void a_movie_without_features_or_prediction_has_empty_ones() {
        JsonNode j = http.get("/movies/7").json();
        assertThat(j.get("features").size()).isZero();
        assertThat(j.get("latest_prediction").isNull()).isTrue();
    }

    @Test
    void unknown_and_malformed_movie_ids_are_404_and_422() {
        Http.Answer missing = http.get("/movies/123456789");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").get(0).get("field").asText()).isEqualTo("tmdbId");
        assertThat(http.get("/movies/abc").status()).isEqualTo(422);
        assertThat(http.get("/movies/-3").status()).isEqualTo(422);
    }

    @Test
    void upcoming_lists_stored_predictions_of_films_not_yet_released() {
        JsonNode upcoming = http.get("/upcoming").json().get("upcoming");
        assertThat(upcoming.size()).isEqualTo(1);
        JsonNode f = upcoming.get(0);
        assertThat(f.get("tmdb_id").asLong()).isEqualTo(UPCOMING_ID);
        assertThat(f.get("title").asText()).isEqualTo("Coming Soon");
        assertThat(f.get("release_date").asText()).isEqualTo("2026-08-14");
        assertThat(f.get("prediction").get("predicted_revenue_millions").asDouble()).isEqualTo(240.0);
        assertThat(f.get("prediction").get("is_hit").asBoolean()).isTrue();
    }

    @Test
    void models_lists_the_registry_with_what_is_served() {
        JsonNode models = http.get("/models").json().get("models");
        assertThat(models.size()).isEqualTo(8);   // five regressors and three classifiers (ensembles included), one run
        long serving = 0;
        for (JsonNode m : models) {
            if (m.get("serving").asBoolean()) {
                serving++;
                assertThat(m.get("stage").asText()).isEqualTo("production");
            }
            assertThat(m.get("profile").asText()).isEqualTo("pre-release");
            assertThat(m.get("metrics").has("val")).isTrue();
        }
        assertThat(serving).isEqualTo(2);
    }
}
