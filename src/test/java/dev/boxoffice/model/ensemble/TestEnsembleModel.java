package dev.boxoffice.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.lightgbm.LightGbmParams;
import dev.boxoffice.model.lightgbm.LightGbmTrainer;
import dev.boxoffice.model.ols.OlsTrainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestEnsembleModel {
    private final TrainingSet train = SyntheticFilms.regression(300, 1, 0);
    private final TrainingSet validation = SyntheticFilms.regression(100, 2, 1000);
    private final TrainedModel linear = new OlsTrainer().train(train, null, 0);
    private final TrainedModel boosted = new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS).train(train, validation, 1);

    @Test
    void predicts_the_mean_of_its_members() {
        EnsembleModel mean = EnsembleModel.of("ensemble", List.of(linear, boosted));
        for (int i = 0; i < validation.size(); i++) {
            double[] row = validation.row(i);
            assertThat(mean.predict(row)).isCloseTo((linear.predict(row) + boosted.predict(row)) / 2, within(1e-12));
        }
        assertThat(mean.params()).containsEntry("members", List.of("linear_regression", "gradient_boosting"));
    }

    @Test
    void contributions_average_the_members_and_sum_to_the_prediction() {
        EnsembleModel mean = EnsembleModel.of("ensemble", List.of(linear, boosted));
        double[] row = validation.row(0);
        double sum = 0;
        for (double c : mean.contributions(row)) sum += c;
        assertThat(sum).isCloseTo(mean.predict(row), within(1e-9));
    }

    @Test
    void loads_back_bit_for_bit() {
        EnsembleModel mean = EnsembleModel.of("ensemble", List.of(linear, boosted));
        TrainedModel loaded = ModelCodec.load(mean.format(), mean.nativeBytes());
        for (int i = 0; i < validation.size(); i++) {
            assertThat(loaded.predict(validation.row(i))).isEqualTo(mean.predict(validation.row(i)));
        }
        assertThat(loaded.name()).isEqualTo("ensemble");
        assertThat(loaded.featureNames()).isEqualTo(train.featureNames());
    }

    @Test
    void a_model_document_with_a_string_over_jacksons_default_20_mb_cap_still_reads() {
        String big = "x".repeat(21_000_000); // a deep forest's base64 text in an ensemble reaches this size
        byte[] json = ("{\"format\": \"ensemble-json\", \"blob\": \"" + big + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(dev.boxoffice.model.ModelJson.read(json, "ensemble-json").path("blob").asText()).hasSize(21_000_000);
    }

    @Test
    void refuses_fewer_than_two_members() {
        assertThatThrownBy(() -> EnsembleModel.of("ensemble", List.of(linear)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 2 members");
    }
}
