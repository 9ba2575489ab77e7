package dev.boxoffice.model.lightgbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.ml.lightgbm.PredictionType;
import dev.boxoffice.model.ClassificationMetrics;
import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingSet;
import io.github.metarank.lightgbm4j.LGBMBooster;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestLightGbmTrainer {
    static final TrainingSet TRAIN = SyntheticFilms.regression(600, 1, 0);
    static final TrainingSet VALIDATION = SyntheticFilms.regression(200, 2, 10_000);
    static final TrainingSet TEST = SyntheticFilms.regression(200, 3, 20_000);
    static LightGbmModel model;

    @BeforeAll
    static void train() {
        model = new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS).train(TRAIN, VALIDATION, 42);
    }

    @Test
    void beats_the_mean_predictor_and_stops_early() {
        double rmse = RegressionMetrics.of(TEST.targets(), model.predictAll(TEST.matrix())).rmse();
        assertThat(rmse).isLessThan(0.8 * SyntheticFilms.meanPredictorRmse(TRAIN, TEST));
        assertThat(model.name()).isEqualTo("gradient_boosting");
        assertThat(model.task()).isEqualTo(Task.REGRESSION);
        assertThat(model.featureNames()).isEqualTo(SyntheticFilms.FEATURES);
        int trees = (Integer) model.params().get("num_trees");
        assertThat(trees).isEqualTo(model.trees().size()).isBetween(10, 1999);
        assertThat(model.params()).containsEntry("learning_rate", 0.05).containsEntry("seed", 42)
                .containsEntry("early_stopping_round", 50).containsEntry("boosting", "gbdt");
    }

    @Test
    void java_evaluation_equals_lightgbm_native_prediction_and_shap() throws Exception {
        try (LGBMBooster booster = LGBMBooster.loadModelFromString(new String(model.nativeBytes(), StandardCharsets.UTF_8))) {
            double[] expected = booster.predictForMat(TEST.rowMajor(), TEST.size(), TEST.width(), true,
                    PredictionType.C_API_PREDICT_NORMAL);
            assertThat(model.predictAll(TEST.matrix())).containsExactly(expected);
            for (int i = 0; i < 20; i++) {
                double[] contrib = booster.predictForMat(TEST.row(i), 1, TEST.width(), true,
                        PredictionType.C_API_PREDICT_CONTRIB);
                assertThat(model.contributions(TEST.row(i))).containsExactly(contrib, within(1e-9));
            }
        }
    }

    @Test
    void nan_features_are_routed_like_lightgbm() throws Exception {
        double[][] rows = {{Double.NaN, 5, 6, 16}, {100, Double.NaN, Double.NaN, Double.NaN}, {0, 0, 0, 0}};
        try (LGBMBooster booster = LGBMBooster.loadModelFromString(new String(model.nativeBytes(), StandardCharsets.UTF_8))) {
            for (double[] row : rows) {
                assertThat(model.predict(row)).isEqualTo(booster.predictForMatSingleRow(row, PredictionType.C_API_PREDICT_NORMAL));
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_model_and_a_loaded_model_predicts_bit_for_bit() {
        LightGbmModel again = new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS).train(TRAIN, VALIDATION, 42);
        assertThat(again.nativeBytes()).isEqualTo(model.nativeBytes());
        TrainedModel loaded = ModelCodec.load(model.format(), model.nativeBytes());
        assertThat(loaded.predictAll(TEST.matrix())).containsExactly(model.predictAll(TEST.matrix()));
        assertThat(loaded.contributions(TEST.row(0))).containsExactly(model.contributions(TEST.row(0)));
        assertThat(loaded.name()).isEqualTo(model.name());
        assertThat(loaded.params()).isEqualTo(model.params());
        assertThat(loaded.featureNames()).isEqualTo(model.featureNames());
        assertThat(model.format()).isEqualTo("lightgbm-text");
    }

    @Test
    void classifier_predicts_probabilities_that_rank_hits() throws Exception {
        TrainingSet train = SyntheticFilms.classification(600, 1, 0);
        TrainingSet validation = SyntheticFilms.classification(200, 2, 10_000);
        TrainingSet test = SyntheticFilms.classification(300, 3, 20_000);
        LightGbmModel classifier = new LightGbmTrainer(Task.CLASSIFICATION, LightGbmParams.DEFAULTS)
                .train(train, validation, 7);
        double[] p = classifier.predictAll(test.matrix());
        assertThat(classifier.name()).isEqualTo("gradient_boosting_classifier");
        assertThat(classifier.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(java.util.Arrays.stream(p).allMatch(v -> v > 0 && v < 1)).isTrue();
        assertThat(ClassificationMetrics.auc(test.targets(), p)).isGreaterThan(0.8);
        try (LGBMBooster booster = LGBMBooster.loadModelFromString(new String(classifier.nativeBytes(), StandardCharsets.UTF_8))) {
            double[] expected = booster.predictForMat(test.rowMajor(), test.size(), test.width(), true,
                    PredictionType.C_API_PREDICT_NORMAL);
            assertThat(p).containsExactly(expected, within(1e-15));
        }
        assertThat(ModelCodec.load(classifier.format(), classifier.nativeBytes()).predictAll(test.matrix()))
                .containsExactly(p);
    }

    @Test
    void rejects_bad_params_missing_validation_and_wrong_width() {
        assertThatThrownBy(() -> new LightGbmParams(0, 10, 0, 7, -1, 5, 1, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> new LightGbmParams(0.1, 10, 0, 1, -1, 5, 1, 1, 0, 1))
                .hasMessageContaining("numLeaves");
        assertThatThrownBy(() -> new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS).train(TRAIN, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validation");
        assertThatThrownBy(() -> model.predict(new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expects 4 features");
        assertThatThrownBy(() -> new LightGbmTrainer(Task.CLASSIFICATION, LightGbmParams.DEFAULTS)
                .train(TRAIN, VALIDATION, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 0 or 1");
    }

    @Test
    void native_failures_become_training_exceptions_naming_trainer_and_params() {
        TrainingSet badName = renamed(TRAIN, "vote:average");
        assertThatThrownBy(() -> new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS)
                .train(badName, renamed(VALIDATION, "vote:average"), 1))
                .isInstanceOf(TrainingException.class).hasMessageContaining("gradient_boosting training failed")
                .hasMessageContaining("learning_rate=0.05").hasMessageContaining("JSON");
    }

    @Test
    void a_feature_name_lightgbm_would_rewrite_is_refused() {
        assertThatThrownBy(() -> new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS)
                .train(renamed(TRAIN, "vote average"), renamed(VALIDATION, "vote average"), 1))
                .isInstanceOf(TrainingException.class).hasMessageContaining("changed the feature names");
    }

    private static TrainingSet renamed(TrainingSet set, String third) {
        List<String> names = List.of("runtime", "popularity", third, "log_budget");
        return new TrainingSet(names, set.ids(), set.matrix(), set.targets());
    }

    @Test
    void without_early_stopping_trains_exactly_max_rounds() {
        LightGbmParams p = new LightGbmParams(0.1, 25, 0, 7, -1, 5, 1.0, 1.0, 0, 1);
        LightGbmModel m = new LightGbmTrainer(Task.REGRESSION, p).train(TRAIN, null, 3);
        assertThat(m.trees()).hasSize(25);
        assertThat(m.featureNames()).isEqualTo(List.copyOf(SyntheticFilms.FEATURES));
    }
}
