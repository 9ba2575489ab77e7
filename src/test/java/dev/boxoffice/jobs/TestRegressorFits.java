package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.ensemble.EnsembleModel;
import dev.boxoffice.model.ensemble.ResidualModel;
import dev.boxoffice.model.xgboost.XgboostParams;
import dev.boxoffice.model.xgboost.XgboostTrainer;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.lightgbm.LightGbmModel;
import dev.boxoffice.model.ols.OlsModel;
import dev.boxoffice.model.xgboost.XgboostModel;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestRegressorFits {
    private final TrainingSet train = SyntheticFilms.regression(300, 1, 0);
    private final TrainingSet validation = SyntheticFilms.regression(100, 2, 1000);
    private final TrainingSet both = join(train, validation);

    private static TrainingSet join(TrainingSet a, TrainingSet b) {
        double[][] x = new double[a.size() + b.size()][];
        double[] y = new double[x.length];
        long[] ids = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            TrainingSet s = i < a.size() ? a : b;
            int k = i < a.size() ? i : i - a.size();
            x[i] = s.row(k);
            y[i] = s.target(k);
            ids[i] = s.id(k);
        }
        return new TrainingSet(a.featureNames(), ids, x, y);
    }

    @Test
    void without_refit_the_promoted_model_is_the_one_chosen_on_validation() {
        RegressorFits.Fitted f = new RegressorFits(null, null, 7, 1).xgboost(train, validation);

        assertThat(f.promoted()).isSameAs(f.chosen());
        assertThat(f.chosen()).isInstanceOf(XgboostModel.class);
    }

    @Test
    void a_refit_grows_the_early_stopped_number_of_rounds_on_train_and_validation() {
        RegressorFits.Fitted f = new RegressorFits(null, both, 7, 1).xgboost(train, validation);

        int rounds = ((XgboostModel) f.chosen()).trees().size();
        assertThat(rounds).isLessThan(2000);
        assertThat(((XgboostModel) f.promoted()).trees()).hasSize(rounds);
        double[] row = validation.row(0);
        assertThat(f.promoted().predict(row)).as("validation rows were learnt from").isNotEqualTo(f.chosen().predict(row));
    }

    @Test
    void an_anchored_booster_learns_the_residual_of_a_line_refitted_on_every_row() {
        RegressorFits.Fitted f = new RegressorFits("log_budget", both, 7, 1).lightGbm(train, validation);

        ResidualModel chosen = (ResidualModel) f.chosen();
        ResidualModel promoted = (ResidualModel) f.promoted();
        OlsModel expected = ResidualModel.fitLine(both, "log_budget");
        assertThat(promoted.line().coefficients()).containsExactly(expected.coefficients());
        assertThat(promoted.line().intercept()).isCloseTo(expected.intercept(), within(1e-12));
        assertThat(((LightGbmModel) promoted.residual()).trees())
                .hasSameSizeAs(((LightGbmModel) chosen.residual()).trees());
    }

    @Test
    void the_forest_refit_keeps_the_grid_winners_size_and_says_so() {
        RegressorFits.Fitted f = new RegressorFits("log_budget", both, 7, 1).forest(train, validation);

        LightGbmModel chosen = (LightGbmModel) ((ResidualModel) f.chosen()).residual();
        LightGbmModel promoted = (LightGbmModel) ((ResidualModel) f.promoted()).residual();
        assertThat(promoted.trees()).hasSameSizeAs(chosen.trees());
        assertThat(f.notes()).singleElement().asString().contains("best max_depth=", "residual of the log_budget line");
    }

    @Test
    void the_linear_regression_is_simply_refitted() {
        RegressorFits.Fitted f = new RegressorFits("log_budget", both, 7, 1).ols(train);
        OlsModel direct = new dev.boxoffice.model.ols.OlsTrainer().train(both, null, 7);

        double[] row = validation.row(5);
        assertThat(f.promoted().predict(row)).isCloseTo(direct.predict(row), within(1e-12));
        assertThat(IntStream.range(0, 4).mapToDouble(i -> ((OlsModel) f.chosen()).coefficients()[i]).toArray())
                .isNotEqualTo(direct.coefficients());
    }

    @Test
    void averaged_boosters_are_one_per_seed_each_stopped_and_refitted_on_its_own() {
        RegressorFits.Fitted f = new RegressorFits("log_budget", both, 7, 3).xgboost(train, validation);

        EnsembleModel chosen = (EnsembleModel) ((ResidualModel) f.chosen()).residual();
        EnsembleModel promoted = (EnsembleModel) ((ResidualModel) f.promoted()).residual();
        assertThat(chosen.name()).isEqualTo("xgboost");
        assertThat(chosen.members()).hasSize(3);
        for (int k = 0; k < 3; k++) {
            assertThat(((XgboostModel) promoted.members().get(k)).trees())
                    .as("member %d keeps its own early-stopped rounds", k)
                    .hasSameSizeAs(((XgboostModel) chosen.members().get(k)).trees());
        }
        double[] row = validation.row(3);
        assertThat(chosen.members().get(0).predict(row)).as("seeds differ").isNotEqualTo(chosen.members().get(1).predict(row));
        TrainingSet residuals = ResidualModel.residuals(train, ResidualModel.fitLine(train, "log_budget"));
        TrainingSet valResiduals = ResidualModel.residuals(validation, ResidualModel.fitLine(train, "log_budget"));
        TrainedModel seed8 = new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(residuals, valResiduals, 8);
        assertThat(chosen.members().get(1).predict(row)).as("the second member is the booster seeded 8")
                .isEqualTo(seed8.predict(row));
        assertThat(f.notes()).singleElement().asString().contains("mean of 3 boosters seeded 7 to 9");
    }
}
