package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.store.Database;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.ModelStage;
import dev.boxoffice.store.RegisteredModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boxoffice train} with the store: reads films from it, registers every model, promotes the winners. */
class TestTrainCommand {
    static final int FILMS = 200;
    /** Models a run registers: four regressors, two classifiers, and the mean ensemble of each task. */
    static final int MODELS_PER_RUN = 8;

    @TempDir Path home;
    @TempDir Path data;

    @Test
    void registers_every_model_of_the_run_and_promotes_the_best_regressor_and_classifier() throws Exception {
        SyntheticTmdbFiles.write(data, FILMS, 11);
        CliRunner.Result run = new CliRunner(home).run("train", "--data", data.toString(), "--profile", "pre-release",
                "--no-plots");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<RegisteredModel> models = registry().list();
        assertThat(models).extracting(RegisteredModel::name).containsExactlyInAnyOrder("pre-release.linear_regression",
                "pre-release.random_forest", "pre-release.gradient_boosting", "pre-release.xgboost",
                "pre-release.logistic_regression", "pre-release.gradient_boosting_classifier", "pre-release.ensemble",
                "pre-release.ensemble_classifier");
        assertThat(models).allSatisfy(m -> {
            assertThat(m.version()).isEqualTo(1);
            assertThat(m.card().profile()).isEqualTo("pre-release");
            assertThat(m.card().market()).isEqualTo("global");
            assertThat(m.card().metrics()).containsKeys("val", "test");
        });
        List<RegisteredModel> production = registry().productionModels();
        assertThat(production).extracting(m -> m.card().task())
                .containsExactlyInAnyOrder(ModelCard.REGRESSION, ModelCard.CLASSIFICATION);
        RegisteredModel bestRegressor = models.stream().filter(m -> m.card().task().equals(ModelCard.REGRESSION))
                .min(java.util.Comparator.comparingDouble(m -> m.card().metrics().get("val").get("rmse"))).orElseThrow();
        RegisteredModel bestClassifier = models.stream().filter(m -> m.card().task().equals(ModelCard.CLASSIFICATION))
                .max(java.util.Comparator.comparingDouble(m -> m.card().metrics().get("val").get("auc"))).orElseThrow();
        assertThat(production).extracting(RegisteredModel::name).containsExactlyInAnyOrder(bestRegressor.name(), bestClassifier.name());
        assertThat(run.out()).contains("promoted to production: ", bestRegressor.name() + ":1", bestClassifier.name() + ":1");
        assertThat(home.resolve("reports/pre-release/report.json")).exists();
    }

    @Test
    void no_promote_registers_the_models_and_leaves_production_as_it_was() {
        SyntheticTmdbFiles.write(data, FILMS, 11);
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("train", "--data", data.toString(), "--no-plots").exitCode()).isZero();
        List<RegisteredModel> before = registry().productionModels();

        // the store is filled now: no --data, no BOXOFFICE_DATA, training reads the stored films
        CliRunner.Result run = cli.run("train", "--no-promote", "--no-plots");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("promoted to production: none (--no-promote)");
        assertThat(registry().list()).hasSize(2 * MODELS_PER_RUN);
        assertThat(registry().list()).filteredOn(m -> m.version() == 2).extracting(RegisteredModel::stage)
                .containsOnly(ModelStage.NONE);
        assertThat(registry().productionModels()).extracting(RegisteredModel::ref)
                .containsExactlyElementsOf(before.stream().map(RegisteredModel::ref).toList());
    }

    @Test
    void a_training_that_fails_registers_nothing() throws Exception {
        SyntheticTmdbFiles.write(data, FILMS, 11);
        // every film in train: nothing to validate on, so the job fails before any model is registered
        StringBuilder split = new StringBuilder("id,split\n");
        for (int i = 0; i < FILMS; i++) split.append(1000 + i).append(",train\n");
        Path splitFile = Files.writeString(data.resolve("split.csv"), split);

        CliRunner.Result run = new CliRunner(home).run("train", "--data", data.toString(), "--split-file",
                splitFile.toString(), "--no-plots");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        // it fails after the first model is trained: registration comes only after the whole run succeeded
        assertThat(run.err()).as(run.toString()).contains("training linear_regression", "boxoffice: no rows to evaluate");
        assertThat(registry().list()).isEmpty();
    }

    @Test
    void an_empty_store_without_data_is_invalid_input() {
        CliRunner.Result run = new CliRunner(home).run("train");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No film data found").hasLineCount(1);
    }

    private ModelRegistry registry() {
        return new ModelRegistry(Database.open("jdbc:sqlite:" + home.resolve("boxoffice.db")), Clock.systemUTC());
    }
}
