package dev.boxoffice.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.ols.OlsTrainer;
import dev.boxoffice.model.xgboost.XgboostParams;
import dev.boxoffice.model.xgboost.XgboostTrainer;
import org.junit.jupiter.api.Test;

/** Two models switched by an indicator feature: a film with credits and a film without go to different models. */
class TestSwitchModel {
    /** runtime, popularity, vote_average, log_budget: "popularity" plays the indicator here, 0 or 1. */
    private static final String INDICATOR = "popularity";
    private final TrainingSet train = SyntheticFilms.regression(300, 1, 0);
    private final TrainedModel boosted = new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS)
            .train(train, SyntheticFilms.regression(100, 2, 1000), 1);
    private final TrainedModel line = new OlsTrainer().train(train, null, 1);

    @Test
    void a_row_with_the_indicator_set_goes_to_the_first_model_and_one_without_to_the_second() {
        SwitchModel m = SwitchModel.of(INDICATOR, boosted, line);
        double[] set = {110, 1, 6.5, 17};
        double[] unset = {110, 0, 6.5, 17};

        assertThat(m.isSet(set)).isTrue();
        assertThat(m.predict(set)).isEqualTo(boosted.predict(set));
        assertThat(m.contributions(set)).containsExactly(boosted.contributions(set));
        assertThat(m.isSet(unset)).isFalse();
        assertThat(m.predict(unset)).isEqualTo(line.predict(unset));
        assertThat(m.name()).isEqualTo(boosted.name());
        assertThat(m.params()).containsEntry("switch_on", INDICATOR).containsKey("when_unset");
    }

    @Test
    void reads_back_bit_for_bit_from_its_bytes() {
        SwitchModel m = SwitchModel.of(INDICATOR, boosted, line);

        TrainedModel read = ModelCodec.load(m.format(), m.nativeBytes());

        assertThat(read).isInstanceOf(SwitchModel.class);
        assertThat(read.nativeBytes()).isEqualTo(m.nativeBytes());
        for (int i = 0; i < 20; i++) {
            double[] row = train.row(i);
            row[1] = i % 2;
            assertThat(read.predict(row)).isEqualTo(m.predict(row));
        }
    }

    @Test
    void models_of_other_tasks_or_features_or_without_the_indicator_are_refused() {
        TrainedModel classifier = new XgboostTrainer(Task.CLASSIFICATION, XgboostParams.DEFAULTS)
                .train(SyntheticFilms.classification(200, 3, 0), SyntheticFilms.classification(100, 4, 1000), 1);

        assertThatThrownBy(() -> SwitchModel.of(INDICATOR, boosted, classifier))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share task and features");
        assertThatThrownBy(() -> SwitchModel.of("credits_known", boosted, line))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no feature credits_known");
    }
}
