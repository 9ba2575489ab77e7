package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.store.Database;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --market hi} and {@code predict --market hi} on fixtures/bollywood/hindi_training.csv (42
 * synthetic Hindi films in the Bollywood export's format), copied under the export's real name.
 */
class TestHindiCommands {
    @TempDir Path home;
    @TempDir Path data;

    private Path export;

    @BeforeEach
    void copyFixture() throws Exception {
        export = Files.copy(Path.of(getClass().getResource("/fixtures/bollywood/hindi_training.csv").toURI()),
                data.resolve("bollywood_movies.csv"));
    }

    @Test
    void train_market_hi_ingests_the_export_registers_both_hindi_models_and_promotes_the_hindi_one() {
        CliRunner.Result run = new CliRunner(home).run("train", "--market", "hi", "--data", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<RegisteredModel> models = registry().list();
        assertThat(models).extracting(RegisteredModel::name)
                .containsExactlyInAnyOrder("hi.hindi-reference.random_forest", "hi.hindi.linear_regression");
        assertThat(models).allSatisfy(m -> assertThat(m.card().market()).isEqualTo("hi"));
        assertThat(registry().productionModels()).extracting(RegisteredModel::name)
                .containsExactly("hi.hindi.linear_regression");
        assertThat(run.out()).contains("hi.hindi-reference.random_forest", "baseline: linear on log_budget",
                "promoted to production: hi.hindi.linear_regression:1");
        assertThat(home.resolve("reports/hi/report.json")).exists();
        CliRunner.Result list = new CliRunner(home).run("models", "list");
        assertThat(list.out()).containsPattern("hi\\.hindi\\.linear_regression +1 +hi +regression +hindi +production .*"
                + "cv RMSE 0\\.6105, backtest RMSE 0\\.5346");
    }

    @Test
    void predict_market_hi_scores_a_bollywood_export_with_the_hindi_model() throws Exception {
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("train", "--market", "hi", "--data", data.toString()).exitCode()).isZero();
        Path out = data.resolve("predictions.csv");

        CliRunner.Result run = cli.run("predict", "--market", "hi", "--input", export.toString(), "--output",
                out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<CSVRecord> rows = read(out);
        assertThat(rows).hasSize(42);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("model")).isEqualTo("hi.hindi.linear_regression");
            assertThat(Double.parseDouble(r.get("predicted_revenue"))).isPositive();
        });
        assertThat(run.out()).contains("42 films scored, 0 not scored");
    }

    @Test
    void a_global_profile_with_market_hi_is_a_usage_error() {
        CliRunner.Result run = new CliRunner(home).run("train", "--market", "hi", "--profile", "pre-release",
                "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--profile pre-release is not trained with --market hi");
    }

    private ModelRegistry registry() {
        return new ModelRegistry(Database.open("jdbc:sqlite:" + home.resolve("boxoffice.db")), Clock.systemUTC());
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getRecords();
        }
    }
}
