package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.ols.OlsTrainer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestModelCodec {
    @Test
    void reads_a_model_saved_by_python_xgboost_1_7_and_predicts_as_python_did() throws Exception {
        byte[] json;
        try (InputStream in = getClass().getResourceAsStream("xgboost-1.7.4-regression.json")) {
            json = in.readAllBytes();
        }
        TrainedModel m = ModelCodec.load("xgboost-json", json);
        assertThat(m.name()).isEqualTo("xgboost");
        assertThat(m.task()).isEqualTo(Task.REGRESSION);
        assertThat(m.featureNames()).containsExactly("runtime", "popularity", "vote_average");
        // xgboost 1.7.4 Booster.predict on the same rows
        assertThat(m.predict(new double[] {105, 9.0, 6.4})).isCloseTo(13.48247241973877, within(1e-6));
        assertThat(m.predict(new double[] {150, 40.1, 7.3})).isCloseTo(14.390142440795898, within(1e-6));
        assertThat(m.predict(new double[] {Double.NaN, 2.0, 5.0})).isCloseTo(13.48247241973877, within(1e-6));
        assertThat(m.contributions(new double[] {105, 9.0, 6.4}))
                .containsExactly(new double[] {0.1425949, -0.5446024, 0, 13.8844795}, within(1e-5));
        assertThat(m.params()).isEmpty();
    }

    @Test
    void every_format_is_listed_and_an_unknown_one_is_refused() {
        assertThat(ModelCodec.FORMATS).containsExactlyInAnyOrder("linear-json", "logistic-json", "lightgbm-text",
                "xgboost-json", "ensemble-json", "residual-json", "switch-json");
        assertThatThrownBy(() -> ModelCodec.load("pickle", new byte[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown model format 'pickle'");
        assertThatThrownBy(() -> ModelCodec.load("linear-json", new byte[0])).hasMessageContaining("no model bytes");
    }

    @Test
    void bytes_of_another_format_or_garbage_are_refused_with_a_reason() {
        TrainingSet films = SyntheticFilms.regression(50, 1, 0);
        byte[] linear = new OlsTrainer().train(films, null, 0).nativeBytes();
        assertThatThrownBy(() -> ModelCodec.load("logistic-json", linear)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a logistic-json model");
        assertThatThrownBy(() -> ModelCodec.load("lightgbm-text", linear)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a LightGBM text model");
        assertThatThrownBy(() -> ModelCodec.load("xgboost-json", "{\"learner\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks 'objective'");
        assertThatThrownBy(() -> ModelCodec.load("xgboost-json", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an XGBoost JSON model");
        String truncated = "tree\nversion=v4\nobjective=regression\nfeature_names=a b\n\nTree=0\nnum_leaves=2\n"
                + "num_cat=0\nsplit_feature=0\nthreshold=1\ndecision_type=2\nleft_child=-1\nright_child=-2\n"
                + "leaf_value=1\ninternal_count=2\n\n";
        assertThatThrownBy(() -> ModelCodec.load("lightgbm-text", truncated.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaf_value has 1 values, expected 2");
    }

    @Test
    void a_hand_written_lightgbm_tree_predicts_with_lightgbm_rules() {
        String text = "tree\nversion=v4\nnum_class=1\nobjective=regression\nfeature_names=a b\n\nTree=0\nnum_leaves=3\n"
                + "num_cat=0\nsplit_feature=0 1\nthreshold=1.5 0\ndecision_type=2 8\nleft_child=-1 -2\n"
                + "right_child=1 -3\nleaf_value=10 20 30\nleaf_count=5 3 2\ninternal_count=10 5\n\n"
                + "end of trees\n\nparameters:\n[boosting: gbdt]\n[learning_rate: 0.1]\nend of parameters\n";
        TrainedModel m = ModelCodec.load("lightgbm-text", text.getBytes(StandardCharsets.UTF_8));
        assertThat(m.predict(new double[] {1.5, 9})).isEqualTo(10);
        assertThat(m.predict(new double[] {2, -1})).isEqualTo(20);
        assertThat(m.predict(new double[] {2, 1})).isEqualTo(30);
        assertThat(m.predict(new double[] {2, Double.NaN})).isEqualTo(30); // missing type NaN, default right
        assertThat(m.predict(new double[] {Double.NaN, 1})).isEqualTo(10); // missing type none: NaN is read as 0
        assertThat(m.params()).containsEntry("learning_rate", 0.1).containsEntry("num_trees", 1);
        assertThat(m.featureNames()).isEqualTo(List.of("a", "b"));
    }
}
