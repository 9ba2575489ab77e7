package dev.boxoffice.model.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.ml.lightgbm.PredictionType;
import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import dev.boxoffice.model.lightgbm.LightGbmModel;
import io.github.metarank.lightgbm4j.LGBMBooster;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestRandomForestTrainer {
    static final TrainingSet TRAIN = SyntheticFilms.regression(500, 11, 0);
    static final TrainingSet VALIDATION = SyntheticFilms.regression(200, 12, 10_000);
    static final TrainingSet TEST = SyntheticFilms.regression(200, 13, 20_000);
    static ForestTuning tuning;

    @BeforeAll
    static void tune() {
        tuning = new RandomForestTrainer(RandomForestParams.GRID).tune(TRAIN, VALIDATION, 42);
    }

    @Test
    void scores_the_full_grid_and_keeps_the_best_point() {
        assertThat(tuning.grid()).hasSize(120);
        assertThat(tuning.grid().get(0)).extracting(GridPoint::depth, GridPoint::trees).containsExactly(10, 10);
        GridPoint min = tuning.grid().stream().min((a, b) -> Double.compare(a.validationRmse(), b.validationRmse()))
                .orElseThrow();
        assertThat(tuning.best()).isEqualTo(min);
        LightGbmModel model = tuning.model();
        assertThat(model.trees()).hasSize(min.trees());
        assertThat(model.trees()).allSatisfy(t -> assertThat(t.maxDepth()).isLessThanOrEqualTo(min.depth()));
        assertThat(model.params()).containsEntry("max_depth", min.depth()).containsEntry("num_trees", min.trees())
                .containsEntry("boosting", "rf").containsEntry("seed", 42);
        assertThat(model.name()).isEqualTo("random_forest");
        double validationRmse = RegressionMetrics.of(VALIDATION.targets(), model.predictAll(VALIDATION.matrix())).rmse();
        assertThat(validationRmse).isCloseTo(min.validationRmse(), within(1e-12));
    }

    @Test
    void beats_the_mean_predictor() {
        double rmse = RegressionMetrics.of(TEST.targets(), tuning.model().predictAll(TEST.matrix())).rmse();
        assertThat(rmse).isLessThan(0.8 * SyntheticFilms.meanPredictorRmse(TRAIN, TEST));
    }

    @Test
    void a_tree_cut_at_a_depth_is_the_tree_grown_to_that_depth() {
        double[][] x = TRAIN.matrix();
        int[] weights = new int[x.length];
        for (int i = 0; i < weights.length; i++) weights[i] = 1 + i % 3;
        GrownTree deep = new TreeGrower(x, TRAIN.targets(), 30, 1, 0.5).grow(weights, 5);
        GrownTree shallow = new TreeGrower(x, TRAIN.targets(), 4, 1, 0.5).grow(weights, 5);
        assertThat(java.util.Arrays.stream(shallow.depth).max().orElseThrow()).isEqualTo(4);
        for (double[] row : TEST.matrix()) assertThat(deep.predict(row, 4)).isEqualTo(shallow.predict(row, 4));
        double[] atDepths = new double[3];
        deep.predictAtDepths(TEST.row(0), new int[] {2, 4, 30}, atDepths);
        assertThat(atDepths).containsExactly(deep.predict(TEST.row(0), 2), deep.predict(TEST.row(0), 4),
                deep.predict(TEST.row(0), 30));
    }

    @Test
    void lightgbm_reads_the_saved_forest_and_predicts_the_same() throws Exception {
        LightGbmModel model = tuning.model();
        try (LGBMBooster booster = LGBMBooster.loadModelFromString(new String(model.nativeBytes(), StandardCharsets.UTF_8))) {
            double[] expected = booster.predictForMat(TEST.rowMajor(), TEST.size(), TEST.width(), true,
                    PredictionType.C_API_PREDICT_NORMAL);
            assertThat(model.predictAll(TEST.matrix())).containsExactly(expected);
        }
        double[] phi = model.contributions(TEST.row(1));
        double sum = 0;
        for (double v : phi) sum += v;
        assertThat(sum).isCloseTo(model.predict(TEST.row(1)), within(1e-9));
    }

    @Test
    void the_forest_depends_on_the_seed_not_on_the_thread_count_and_round_trips_bit_for_bit() {
        RandomForestParams grid = RandomForestParams.GRID;
        RandomForestParams oneThread = new RandomForestParams(grid.depths(), grid.treeCounts(), grid.sampleFraction(),
                grid.featureFraction(), grid.minDataInLeaf(), 1);
        ForestTuning again = new RandomForestTrainer(oneThread).tune(TRAIN, VALIDATION, 42);
        assertThat(again.model().nativeBytes()).isEqualTo(tuning.model().nativeBytes());
        assertThat(again.grid()).isEqualTo(tuning.grid());
        ForestTuning other = new RandomForestTrainer(grid).tune(TRAIN, VALIDATION, 43);
        assertThat(other.grid()).isNotEqualTo(tuning.grid());
        TrainedModel loaded = ModelCodec.load("lightgbm-text", tuning.model().nativeBytes());
        assertThat(loaded.predictAll(TEST.matrix())).containsExactly(tuning.model().predictAll(TEST.matrix()));
        assertThat(loaded.params()).isEqualTo(tuning.model().params());
        assertThat(loaded.name()).isEqualTo("random_forest");
    }

    @Test
    void fixed_params_need_no_validation_set_and_nan_features_are_handled() {
        double[][] x = TRAIN.matrix();
        for (int i = 0; i < x.length; i += 7) x[i][1] = Double.NaN;
        TrainingSet withGaps = new TrainingSet(TRAIN.featureNames(), TRAIN.ids(), x, TRAIN.targets());
        ForestTuning fixed = new RandomForestTrainer(RandomForestParams.fixed(6, 15)).tune(withGaps, null, 1);
        assertThat(fixed.grid()).isEmpty();
        assertThat(fixed.best()).isNull();
        assertThat(fixed.model().trees()).hasSize(15);
        double withNan = fixed.model().predict(new double[] {100, Double.NaN, 6, 16});
        assertThat(withNan).isBetween(5.0, 30.0);
    }

    @Test
    void rejects_bad_params_a_grid_without_validation_and_whitespace_in_names() {
        assertThatThrownBy(() -> new RandomForestParams(List.of(0), List.of(10), 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depths");
        assertThatThrownBy(() -> RandomForestParams.fixed(5, 0)).hasMessageContaining("treeCounts");
        assertThatThrownBy(() -> new RandomForestTrainer(RandomForestParams.GRID).tune(TRAIN, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validation set");
        TrainingSet spaced = new TrainingSet(List.of("run time", "b", "c", "d"), TRAIN.ids(), TRAIN.matrix(),
                TRAIN.targets());
        assertThatThrownBy(() -> new RandomForestTrainer(RandomForestParams.fixed(3, 2)).train(spaced, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'run time'");
        assertThatThrownBy(() -> tuning.model().predict(new double[5])).hasMessageContaining("expects 4 features");
    }
}
