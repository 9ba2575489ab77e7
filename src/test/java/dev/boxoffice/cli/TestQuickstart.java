package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.AppConfig;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boxoffice quickstart} on a small synthetic TMDB 5000-format dataset, and without any data. */
class TestQuickstart {
    @TempDir Path home;
    @TempDir Path data;

    @Test
    void ingests_trains_promotes_three_profiles_writes_reports_and_says_how_to_serve() {
        SyntheticTmdbFiles.write(data, TestTrainCommand.FILMS, 21);

        CliRunner.Result run = new CliRunner(home).with(AppConfig.ENV_DATA, data.toString()).run("quickstart");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("films: 200 inserted, 0 updated, 0 unchanged, 0 rows rejected",
                "pre-release (200 films", "post-release (200 films", "seed (200 films", "boxoffice serve",
                "reports, models and plots are under " + home.resolve("reports"));
        assertThat(run.out()).containsPattern("revenue: pre-release\\.[a-z_]+:1 in production, test RMSE \\d+\\.\\d{3}")
                .containsPattern("hit: +post-release\\.[a-z_]+:1 in production, test AUC 0\\.\\d{3}");
        for (String profile : QuickstartCommand.PROFILES.stream().map(p -> p.cliName()).toList()) {
            assertThat(home.resolve("reports").resolve(profile).resolve("report.json")).exists();
            assertThat(home.resolve("reports").resolve(profile).resolve("plots/predicted_vs_actual.png")).exists();
        }
        ModelRegistry registry = new ModelRegistry(Database.open("jdbc:sqlite:" + home.resolve("boxoffice.db")), Clock.systemUTC());
        assertThat(registry.list()).hasSize(3 * TestTrainCommand.MODELS_PER_RUN);
        assertThat(registry.productionModels()).hasSize(6).extracting(RegisteredModel::version).containsOnly(1);
    }

    @Test
    void without_data_exits_2_saying_where_it_looked_and_where_to_download() {
        CliRunner.Result run = new CliRunner(home).run("quickstart");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains("--data was not given", "BOXOFFICE_DATA is not set",
                home.resolve("data") + " does not exist", "https://www.kaggle.com/datasets/tmdb/tmdb-movie-metadata",
                "tmdb_5000_movies.csv and tmdb_5000_credits.csv");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_data_folder_that_does_not_exist_exits_2_naming_it() {
        Path missing = data.resolve("nowhere");

        CliRunner.Result run = new CliRunner(home).run("quickstart", "--data", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains(missing + " (from --data) does not exist", "kaggle.com");
    }
}
