package dev.boxoffice.model.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.SyntheticFilms;
import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TestOlsTrainer {
    static final double[][] X = {{120, 10.5, 6.1}, {95, 3.2, 5.5}, {150, 40.1, 7.3}, {88, 1.1, 4.9}, {132, 22.7, 6.8},
        {101, 7.7, 6.0}, {143, 18.3, 7.9}, {110, 5.5, 5.2}, {99, 12.0, 6.6}, {125, 30.2, 7.1}};
    static final double[] Y = {18.1, 15.2, 20.3, 13.9, 19.0, 16.4, 19.8, 15.5, 16.9, 19.6};
    static final TrainingSet DATA = new TrainingSet(List.of("runtime", "popularity", "vote_average"),
            LongStream.range(0, 10).toArray(), X, Y);

    @Test
    void matches_sklearn_linear_regression() {
        // scikit-learn 1.2.1 LinearRegression().fit(X, Y)
        OlsModel m = new OlsTrainer().train(DATA, null, 0);
        assertThat(m.coefficients()).containsExactly(new double[] {0.03722887815957821, 0.03989347958274936,
            1.0411569684894968}, within(1e-9));
        assertThat(m.intercept()).isCloseTo(5.935757943730646, within(1e-9));
        assertThat(m.predict(X[0])).isCloseTo(17.173162366284828, within(1e-9));
        assertThat(m.predict(new double[] {105, 9.0, 6.4})).isCloseTo(16.86723606506388, within(1e-9));
    }

    @Test
    void a_constant_column_gets_coefficient_zero_like_sklearn() {
        double[][] x = new double[X.length][];
        for (int i = 0; i < X.length; i++) x[i] = new double[] {X[i][0], X[i][1], X[i][2], 3.0};
        TrainingSet data = new TrainingSet(List.of("a", "b", "c", "constant"), DATA.ids(), x, Y);
        OlsModel m = new OlsTrainer().train(data, null, 0);
        assertThat(m.coefficients()).containsExactly(new double[] {0.03722887815957821, 0.03989347958274936,
            1.0411569684894968, 0.0}, within(1e-9));
        assertThat(m.intercept()).isCloseTo(5.935757943730646, within(1e-9));
    }

    @Test
    void contributions_are_coefficient_times_value_with_the_intercept_last() {
        OlsModel m = new OlsTrainer().train(DATA, null, 0);
        double[] c = m.contributions(X[2]);
        assertThat(c).hasSize(4);
        assertThat(c[1]).isEqualTo(m.coefficients()[1] * X[2][1]);
        assertThat(c[3]).isEqualTo(m.intercept());
        assertThat(c[0] + c[1] + c[2] + c[3]).isCloseTo(m.predict(X[2]), within(1e-12));
    }

    @Test
    void round_trips_through_its_json_bit_for_bit() {
        OlsModel m = new OlsTrainer().train(DATA, null, 0);
        TrainedModel loaded = ModelCodec.load("linear-json", m.nativeBytes());
        assertThat(loaded.predictAll(X)).containsExactly(m.predictAll(X));
        assertThat(loaded.featureNames()).isEqualTo(DATA.featureNames());
        assertThat(loaded.params()).isEqualTo(m.params());
        assertThat(loaded.name()).isEqualTo("linear_regression");
        assertThat(new String(m.nativeBytes())).contains("\"coefficients\"").contains("\"intercept\"");
    }

    @Test
    void beats_the_mean_predictor_on_synthetic_films() {
        TrainingSet train = SyntheticFilms.regression(400, 1, 0);
        TrainingSet test = SyntheticFilms.regression(200, 2, 1000);
        OlsModel m = new OlsTrainer().train(train, null, 0);
        double rmse = RegressionMetrics.of(test.targets(), m.predictAll(test.matrix())).rmse();
        assertThat(rmse).isLessThan(0.8 * SyntheticFilms.meanPredictorRmse(train, test));
    }

    @Test
    void rejects_non_finite_features_wrong_width_and_foreign_json() {
        double[][] x = DATA.matrix();
        x[4][1] = Double.NaN;
        TrainingSet gaps = new TrainingSet(DATA.featureNames(), DATA.ids(), x, Y);
        assertThatThrownBy(() -> new OlsTrainer().train(gaps, null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("popularity").hasMessageContaining("row 4");
        OlsModel m = new OlsTrainer().train(DATA, null, 0);
        assertThatThrownBy(() -> m.predict(new double[2])).hasMessageContaining("expects 3 features");
        assertThatThrownBy(() -> OlsModel.fromJson("{\"format\":\"logistic-json\"}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a linear-json model");
    }
}
