package dev.boxoffice.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.ols.OlsModel;
import dev.boxoffice.model.xgboost.XgboostParams;
import dev.boxoffice.model.xgboost.XgboostTrainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestResidualModel {
    private final TrainingSet train = SyntheticFilms.regression(300, 1, 0);
    private final TrainingSet validation = SyntheticFilms.regression(100, 2, 1000);

    private ResidualModel boostedOnLine() {
        OlsModel line = ResidualModel.fitLine(train, "log_budget");
        TrainedModel trees = new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS)
                .train(ResidualModel.residuals(train, line), ResidualModel.residuals(validation, line), 1);
        return ResidualModel.of(line, trees);
    }

    @Test
    void the_line_is_least_squares_on_the_anchor_alone() {
        double[][] x = {{5, 1}, {7, 2}, {9, 3}, {11, 4}};
        TrainingSet exact = new TrainingSet(List.of("noise", "log_budget"), new long[] {1, 2, 3, 4}, x,
                new double[] {3, 5, 7, 9});

        OlsModel line = ResidualModel.fitLine(exact, "log_budget");

        assertThat(line.coefficients()).containsExactly(0.0, 2.0);
        assertThat(line.intercept()).isCloseTo(1.0, within(1e-12));
        assertThat(ResidualModel.residuals(exact, line).targets()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void the_anchor_explains_its_distance_from_its_mean_and_the_rest_of_the_line_joins_the_bias() {
        OlsModel line = ResidualModel.fitLine(train, "log_budget");
        TrainedModel trees = new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS)
                .train(ResidualModel.residuals(train, line), ResidualModel.residuals(validation, line), 1);
        double mean = ResidualModel.anchorMean(train, "log_budget");
        ResidualModel centred = ResidualModel.fromJson(ResidualModel.of(line, trees, mean).nativeBytes());
        int j = SyntheticFilms.FEATURES.indexOf("log_budget");
        double slope = line.coefficients()[j];

        double[] row = validation.row(3);
        double[] c = centred.contributions(row);
        double[] inner = trees.contributions(row);
        assertThat(c[j]).isCloseTo(slope * (row[j] - mean) + inner[j], within(1e-9));
        assertThat(c[c.length - 1]).isCloseTo(line.intercept() + slope * mean + inner[inner.length - 1], within(1e-9));
        assertThat(java.util.Arrays.stream(c).sum()).isCloseTo(centred.predict(row), within(1e-6));
    }

    @Test
    void predicts_the_line_plus_the_residual_model() {
        ResidualModel model = boostedOnLine();
        for (int i = 0; i < validation.size(); i++) {
            double[] row = validation.row(i);
            assertThat(model.predict(row)).isCloseTo(model.line().predict(row) + model.residual().predict(row),
                    within(1e-12));
        }
        assertThat(model.name()).isEqualTo("xgboost");
        assertThat(model.params().get("on_residual_of_line")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("feature", "log_budget").containsKeys("slope", "intercept");
    }

    @Test
    void a_tiny_anchor_outside_the_training_range_follows_the_line_not_a_typical_film() {
        ResidualModel model = boostedOnLine();
        double[] typical = validation.row(0);
        double[] tiny = typical.clone();
        tiny[SyntheticFilms.FEATURES.indexOf("log_budget")] = Math.log1p(5);

        double slope = model.line().coefficients()[SyntheticFilms.FEATURES.indexOf("log_budget")];
        assertThat(slope).isPositive();
        assertThat(model.predict(tiny)).isLessThan(model.predict(typical) - slope * (typical[3] - tiny[3]) / 2);
    }

    @Test
    void contributions_sum_to_the_prediction() {
        ResidualModel model = boostedOnLine();
        double[] row = validation.row(3);
        double sum = 0;
        for (double c : model.contributions(row)) sum += c;
        assertThat(sum).isCloseTo(model.predict(row), within(1e-4));
    }

    @Test
    void loads_back_bit_for_bit() {
        ResidualModel model = boostedOnLine();
        TrainedModel loaded = ModelCodec.load(model.format(), model.nativeBytes());
        for (int i = 0; i < validation.size(); i++) {
            assertThat(loaded.predict(validation.row(i))).isEqualTo(model.predict(validation.row(i)));
        }
        assertThat(loaded.featureNames()).isEqualTo(model.featureNames());
        assertThat(ModelCodec.FORMATS).contains("residual-json");
    }

    @Test
    void refuses_an_anchor_that_is_not_a_feature_or_a_residual_model_on_other_features() {
        assertThatThrownBy(() -> ResidualModel.fitLine(train, "log_revenue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("log_revenue");
        OlsModel line = ResidualModel.fitLine(train, "log_budget");
        OlsModel other = OlsModel.of(List.of("a", "b", "c", "d"), new double[4], 0);
        assertThatThrownBy(() -> ResidualModel.of(line, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line's features");
    }
}
