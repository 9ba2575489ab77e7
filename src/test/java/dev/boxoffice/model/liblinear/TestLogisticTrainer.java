package dev.boxoffice.model.liblinear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.ClassificationMetrics;
import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TestLogisticTrainer {
    static final double[][] X = {{120, 10.5, 6.1}, {95, 3.2, 5.5}, {150, 40.1, 7.3}, {88, 1.1, 4.9}, {132, 22.7, 6.8},
        {101, 7.7, 6.0}, {143, 18.3, 7.9}, {110, 5.5, 5.2}, {99, 12.0, 6.6}, {125, 30.2, 7.1}};
    static final double[] HIT = {1, 0, 1, 0, 1, 0, 1, 0, 0, 1};
    static final TrainingSet DATA = new TrainingSet(List.of("runtime", "popularity", "vote_average"),
            LongStream.range(0, 10).toArray(), X, HIT);

    @Test
    void matches_sklearn_liblinear_on_standardised_features() {
        // scikit-learn 1.2.1: StandardScaler, then LogisticRegression(solver="liblinear", C=1.0, tol=1e-4)
        LogisticModel m = new LogisticTrainer(LogisticParams.fixed(1.0)).train(DATA, null, 0);
        assertThat(m.weights()).containsExactly(new double[] {1.0596076509499848, 0.64439272511741,
            0.5755504612948636}, within(1e-3));
        assertThat(m.bias()).isCloseTo(0.08402332941633278, within(1e-3));
        assertThat(m.predict(X[0])).isCloseTo(0.47020115214482516, within(1e-3));
        assertThat(m.predict(X[1])).isCloseTo(0.098881320769182, within(1e-3));
        LogisticModel strong = new LogisticTrainer(LogisticParams.fixed(0.1)).train(DATA, null, 0);
        assertThat(strong.weights()).containsExactly(new double[] {0.2850201264537185, 0.23228734763032866,
            0.22794110762065917}, within(1e-3));
        assertThat(strong.params()).containsEntry("C", 0.1);
    }

    @Test
    void weights_favour_the_hit_class_whichever_label_comes_first() {
        double[] flipped = new double[HIT.length];
        for (int i = 0; i < HIT.length; i++) flipped[i] = 1 - HIT[i];
        LogisticModel m = new LogisticTrainer(LogisticParams.fixed(1.0)).train(DATA.withTargets(flipped), null, 0);
        assertThat(m.weights()[0]).isCloseTo(-1.0596076509499848, within(1e-3));
    }

    @Test
    void cross_validates_every_c_and_picks_the_best_mean_auc() {
        TrainingSet films = SyntheticFilms.classification(500, 4, 0);
        LogisticTuning tuning = new LogisticTrainer(LogisticParams.DEFAULTS).tune(films, 1);
        assertThat(tuning.scores()).extracting(CvScore::c).containsExactly(0.001, 0.01, 0.1, 0.5, 1.0, 5.0, 10.0);
        assertThat(tuning.scores()).allSatisfy(s -> assertThat(s.foldAucs()).hasSize(5));
        double bestMean = tuning.scores().stream().mapToDouble(CvScore::meanAuc).max().orElseThrow();
        assertThat(tuning.best().meanAuc()).isEqualTo(bestMean);
        assertThat(tuning.model().params()).containsEntry("C", tuning.best().c()).containsEntry("cv_folds", 5);
        assertThat(tuning.best().describe()).matches("C=[0-9.]+ 0\\.\\d{4} \\+- 0\\.\\d{4}");
        assertThat(tuning.best().meanAuc()).isGreaterThan(0.8);
        LogisticTuning again = new LogisticTrainer(LogisticParams.DEFAULTS).tune(films, 1);
        assertThat(again.scores()).isEqualTo(tuning.scores());
        assertThat(again.model().nativeBytes()).isEqualTo(tuning.model().nativeBytes());
    }

    @Test
    void cv_score_std_is_the_population_standard_deviation() {
        CvScore s = CvScore.of(0.5, new double[] {0.7, 0.8, 0.9});
        assertThat(s.meanAuc()).isCloseTo(0.8, within(1e-12));
        assertThat(s.stdAuc()).isCloseTo(Math.sqrt(0.02 / 3), within(1e-12));
        assertThat(s.describe()).isEqualTo("C=0.5 0.8000 +- 0.0816");
    }

    @Test
    void ranks_hits_on_unseen_films_and_round_trips_bit_for_bit() {
        TrainingSet train = SyntheticFilms.classification(500, 4, 0);
        TrainingSet test = SyntheticFilms.classification(300, 5, 1000);
        LogisticModel m = new LogisticTrainer(LogisticParams.DEFAULTS).train(train, null, 3);
        double[] p = m.predictAll(test.matrix());
        assertThat(ClassificationMetrics.auc(test.targets(), p)).isGreaterThan(0.8);
        TrainedModel loaded = ModelCodec.load("logistic-json", m.nativeBytes());
        assertThat(loaded.predictAll(test.matrix())).containsExactly(p);
        assertThat(loaded.contributions(test.row(0))).containsExactly(m.contributions(test.row(0)));
        assertThat(loaded.params()).isEqualTo(m.params());
        assertThat(loaded.name()).isEqualTo("logistic_regression");
        double[] c = m.contributions(test.row(0));
        assertThat(c[0] + c[1] + c[2] + c[3] + c[4]).isCloseTo(m.margin(test.row(0)), within(1e-12));
        assertThat(new String(m.nativeBytes())).contains("\"means\"", "\"stds\"", "\"weights\"", "\"bias\"", "\"C\"");
    }

    @Test
    void rejects_labels_other_than_zero_and_one_a_single_class_and_bad_params() {
        assertThatThrownBy(() -> new LogisticTrainer(LogisticParams.DEFAULTS).train(DATA.withTargets(new double[10]), null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
        double[] two = HIT.clone();
        two[3] = 2;
        assertThatThrownBy(() -> new LogisticTrainer(LogisticParams.DEFAULTS).train(DATA.withTargets(two), null, 1))
                .hasMessageContaining("must be 0 or 1");
        assertThatThrownBy(() -> new LogisticParams(List.of(0.0), 5, 1e-4)).hasMessageContaining("cGrid");
        assertThatThrownBy(() -> new LogisticParams(List.of(1.0), 1, 1e-4)).hasMessageContaining("folds");
    }
}
