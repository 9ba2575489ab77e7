package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.RegressionMetrics;
import dev.boxoffice.model.ensemble.SwitchModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecasting profile learns films with credits and films without separately: each of its models is a
 * switch between the two, films with credits keep what they had, and the version without credits is scored on
 * the test films given without credits.
 */
class TestCreditSwitch {
    private static final List<Movie> FILMS = HindiFilms.released(TrainedStore.FILMS, 7);
    @TempDir static Path reports;
    private static TrainReport report;

    @BeforeAll
    static void train() {
        TrainOptions options = new TrainOptions(Profile.PRE_RELEASE, null, 42, reports, null, true, false);
        report = new TrainJob(new PrintWriter(new StringWriter())).run(FILMS, options);
    }

    @Test
    void every_pre_release_model_switches_on_whether_credits_are_known() {
        for (ModelResult r : report.results()) {
            assertThat(r.model()).as(r.name()).isInstanceOf(SwitchModel.class);
            assertThat(r.metrics()).as(r.name()).containsKeys("val", "test", "val_without_credits", "test_without_credits");
        }
        assertThat(report.bestRegressor().metrics()).containsKeys("interval", "interval_without_credits");
    }

    @Test
    void the_figures_without_credits_are_the_second_models_on_the_test_films_given_without_credits() {
        ModelResult best = report.bestRegressor();
        SwitchModel model = (SwitchModel) best.model();
        FeatureSet set = report.featureSet();
        FilmHistory history = FilmHistory.of(FILMS);
        long[] testIds = report.test().ids();
        List<Movie> test = FILMS.stream().filter(m -> Arrays.stream(testIds).anyMatch(id -> id == m.id())).toList();

        double[] withCredits = test.stream().mapToDouble(m -> model.predict(set.extract(m, history))).toArray();
        double[] without = test.stream().mapToDouble(m -> model.predict(set.extract(m.withCredits(null), history))).toArray();
        double[] actual = test.stream().mapToDouble(m -> Math.log1p(m.revenueUsd())).toArray();

        assertThat(test).hasSize(testIds.length);
        assertThat(RegressionMetrics.of(actual, withCredits).rmse()).isCloseTo(best.metric("test", "rmse"), within(1e-9));
        assertThat(RegressionMetrics.of(actual, without).rmse())
                .isCloseTo(best.metric("test_without_credits", "rmse"), within(1e-9));
        assertThat(without).isNotEqualTo(withCredits);
    }

    @Test
    void other_profiles_keep_one_model() {
        TrainOptions seed = new TrainOptions(Profile.SEED, null, 42, reports, null, false, false);
        TrainReport seedReport = new TrainJob(new PrintWriter(new StringWriter())).run(FILMS, seed);

        assertThat(seedReport.results()).noneMatch(r -> r.model() instanceof SwitchModel);
        assertThat(seedReport.bestRegressor().metrics()).doesNotContainKey("test_without_credits");
    }
}
