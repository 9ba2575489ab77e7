package dev.boxoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestStoreRecords {
    @Test
    void stats_serialise_to_the_store_stats_json_contract() throws Exception {
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("movies", 4803L);
        groups.put("credits", 235_838L);
        groups.put("movie_features", 0L);
        groups.put("predictions", 2L);
        ObjectMapper snake = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

        assertThat(snake.writeValueAsString(new StoreStats(groups, 3, "sqlite"))).isEqualTo("{\"feature_groups\":"
                + "{\"movies\":4803,\"credits\":235838,\"movie_features\":0,\"predictions\":2},\"models\":3,"
                + "\"database\":\"sqlite\"}");
    }

    @Test
    void a_feature_row_copies_its_values_in_and_out() {
        double[] values = {1.0, Double.NaN};
        FeatureRow row = new FeatureRow(1, "seed", 1, new ArrayList<>(List.of("a", "b")), values);
        values[0] = 99;
        row.values()[1] = 99;

        assertThat(row.value("a")).isEqualTo(1.0);
        assertThat(row.value("b")).isNaN();
        assertThat(row).isEqualTo(new FeatureRow(1, "seed", 1, List.of("a", "b"), new double[] {1.0, Double.NaN}));
        assertThatThrownBy(() -> new FeatureRow(1, "seed", 1, List.of("a"), new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("feature a must be finite or NaN");
        assertThatThrownBy(() -> new FeatureRow(1, "seed", 1, List.of("a", "a"), new double[2]))
                .hasMessageContaining("distinct");
    }

    @Test
    void a_model_card_normalises_params_and_validates_its_fields() {
        ModelCard card = RegistryContract.card("xgb", "global", "regression");
        assertThat(card.params()).containsEntry("max_depth", 6L).containsEntry("eta", 0.05)
                .containsEntry("monotone", List.of(1L, 0L, -1L));
        assertThat(card.createdAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00.123456Z"));

        assertThatThrownBy(() -> new ModelCard("xgb", null, "global", "ranking", "p", "f", 1, List.of(), "x",
                Map.of(), Map.of(), "fp", 1, Instant.EPOCH, ModelStage.NONE))
                .hasMessageContaining("task must be regression or classification, got ranking");
        assertThatThrownBy(() -> new ModelCard("xgb", null, "global", "regression", "p", "f", 1, List.of(), "x",
                Map.of("eta", Double.NaN), Map.of(), "fp", 1, Instant.EPOCH, ModelStage.NONE))
                .hasMessageContaining("params.eta must be finite");
        assertThatThrownBy(() -> new ModelCard("xgb", null, "global", "regression", "p", "f", 1, List.of(), "x",
                Map.of("when", Instant.EPOCH), Map.of(), "fp", 1, Instant.EPOCH, ModelStage.NONE))
                .hasMessageContaining("params.when must be a string, number, boolean, list or map");
    }

    @Test
    void a_prediction_interval_has_both_ends_in_order() {
        Instant at = Instant.parse("2024-06-01T00:00:00Z");
        assertThatThrownBy(() -> new PredictionRecord(1, "m", 1, 10, 5.0, null, null, at))
                .hasMessageContaining("both ends or neither");
        assertThatThrownBy(() -> new PredictionRecord(1, "m", 1, 10, 9.0, 5.0, null, at))
                .hasMessageContaining("intervalLowUsd must be <= intervalHighUsd");
        assertThatThrownBy(() -> new PredictionRecord(1, "m", 1, 10, null, null, 1.5, at))
                .hasMessageContaining("hitProbability must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> new PredictionRecord(1, "m", 1, Double.NaN, null, null, null, at))
                .hasMessageContaining("predictedRevenueUsd must be a finite amount");
    }
}
