package dev.boxoffice.model.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.ClassificationMetrics;
import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingSet;
import java.nio.charset.StandardCharsets;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestXgboostTrainer {
    static final TrainingSet TRAIN = SyntheticFilms.regression(600, 1, 0);
    static final TrainingSet VALIDATION = SyntheticFilms.regression(200, 2, 10_000);
    static final TrainingSet TEST = SyntheticFilms.regression(200, 3, 20_000);
    static XgboostModel model;

    @BeforeAll
    static void train() {
        model = new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(TRAIN, VALIDATION, 42);
    }

    private static float[][] nativePredict(XgboostModel m, TrainingSet set, boolean contributions) throws Exception {
        Booster booster = XGBoost.loadModel(m.nativeBytes());
        double[] flat = set.rowMajor();
        float[] data = new float[flat.length];
        for (int i = 0; i < flat.length; i++) data[i] = (float) flat[i];
        DMatrix matrix = new DMatrix(data, set.size(), set.width(), Float.NaN);
        try {
            return contributions ? booster.predictContrib(matrix, 0) : booster.predict(matrix);
        } finally {
            matrix.dispose();
            booster.dispose();
        }
    }

    @Test
    void beats_the_mean_predictor_and_keeps_only_the_trees_up_to_the_best_round() {
        double rmse = RegressionMetrics.of(TEST.targets(), model.predictAll(TEST.matrix())).rmse();
        assertThat(rmse).isLessThan(0.8 * SyntheticFilms.meanPredictorRmse(TRAIN, TEST));
        assertThat(model.name()).isEqualTo("xgboost");
        int trees = (Integer) model.params().get("num_trees");
        assertThat(trees).isEqualTo(model.trees().size()).isBetween(10, 1999);
        assertThat(model.params()).containsEntry("eta", 0.05).containsEntry("max_depth", 3).containsEntry("seed", 42);
        String json = new String(model.nativeBytes(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"feature_names\":[\"runtime\",\"popularity\",\"vote_average\",\"log_budget\"]")
                .contains("\"best_iteration\":\"" + (trees - 1) + "\"");
    }

    @Test
    void java_evaluation_equals_xgboost_native_prediction_and_shap() throws Exception {
        float[][] expected = nativePredict(model, TEST, false);
        float[][] contrib = nativePredict(model, TEST, true);
        for (int i = 0; i < TEST.size(); i++) {
            assertThat(model.predict(TEST.row(i))).isCloseTo(expected[i][0], within(2e-6));
            double[] phi = model.contributions(TEST.row(i));
            for (int j = 0; j < phi.length; j++) assertThat(phi[j]).isCloseTo(contrib[i][j], within(1e-4));
        }
    }

    @Test
    void the_same_seed_gives_the_same_model_and_a_loaded_model_predicts_bit_for_bit() {
        XgboostModel again = new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(TRAIN, VALIDATION, 42);
        assertThat(again.nativeBytes()).isEqualTo(model.nativeBytes());
        TrainedModel loaded = ModelCodec.load("xgboost-json", model.nativeBytes());
        assertThat(loaded.predictAll(TEST.matrix())).containsExactly(model.predictAll(TEST.matrix()));
        assertThat(loaded.contributions(TEST.row(0))).containsExactly(model.contributions(TEST.row(0)));
        assertThat(loaded.params()).isEqualTo(model.params());
        assertThat(loaded.featureNames()).isEqualTo(SyntheticFilms.FEATURES);
        assertThat(loaded.task()).isEqualTo(Task.REGRESSION);
    }

    @Test
    void classifier_predicts_probabilities_like_xgboost() throws Exception {
        TrainingSet train = SyntheticFilms.classification(600, 1, 0);
        TrainingSet validation = SyntheticFilms.classification(200, 2, 10_000);
        TrainingSet test = SyntheticFilms.classification(300, 3, 20_000);
        XgboostModel classifier = new XgboostTrainer(Task.CLASSIFICATION, XgboostParams.DEFAULTS)
                .train(train, validation, 7);
        assertThat(classifier.name()).isEqualTo("xgboost_classifier");
        double[] p = classifier.predictAll(test.matrix());
        assertThat(ClassificationMetrics.auc(test.targets(), p)).isGreaterThan(0.8);
        float[][] expected = nativePredict(classifier, test, false);
        for (int i = 0; i < test.size(); i++) assertThat(p[i]).isCloseTo(expected[i][0], within(1e-6));
        assertThat(ModelCodec.load("xgboost-json", classifier.nativeBytes()).predictAll(test.matrix()))
                .containsExactly(p);
    }

    @Test
    void rejects_bad_params_missing_validation_and_wrong_width() {
        assertThatThrownBy(() -> new XgboostParams(0.1, 10, 0, 0, 1, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> new XgboostParams(0.1, 10, 0, 3, 1, 0, 1, 1, 1)).hasMessageContaining("subsample");
        assertThatThrownBy(() -> new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(TRAIN, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validation");
        assertThatThrownBy(() -> model.predict(new double[] {1})).hasMessageContaining("expects 4 features");
    }

    @Test
    void native_failures_become_training_exceptions_naming_trainer_and_params() {
        double[] targets = TRAIN.targets();
        targets[5] = Double.POSITIVE_INFINITY;
        TrainingSet bad = TRAIN.withTargets(targets);
        assertThatThrownBy(() -> new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(bad, VALIDATION, 1))
                .isInstanceOf(TrainingException.class).hasMessageContaining("xgboost training failed")
                .hasMessageContaining("eta=0.05");
    }

    @Test
    void without_early_stopping_trains_exactly_max_rounds() {
        XgboostParams p = new XgboostParams(0.3, 12, 0, 3, 1, 1, 1, 1, 1);
        assertThat(new XgboostTrainer(Task.REGRESSION, p).train(TRAIN, null, 3).trees()).hasSize(12);
    }
}
