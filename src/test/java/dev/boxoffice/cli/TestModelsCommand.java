package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boxoffice models}: list, show, promote, rollback and unknown names, on a store trained twice with the
 * pre-release profile (versions 1 promoted, versions 2 registered with --no-promote).
 * The promote/rollback test runs last, since it changes which versions are in production.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestModelsCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path home;
    @TempDir static Path data;

    @BeforeAll
    static void train_twice() {
        SyntheticTmdbFiles.write(data, TestTrainCommand.FILMS, 5);
        CliRunner cli = new CliRunner(home);
        CliRunner.Result first = cli.run("train", "--data", data.toString(), "--profile", "pre-release", "--no-plots");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        CliRunner.Result second = cli.run("train", "--profile", "pre-release", "--no-plots", "--no-promote", "--seed", "7");
        assertThat(second.exitCode()).as(second.toString()).isZero();
    }

    @Test
    void list_prints_a_table_with_stage_and_key_metrics() {
        CliRunner.Result run = new CliRunner(home).run("models", "list");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches("NAME +VERSION +MARKET +TASK +PROFILE +STAGE +CREATED \\(UTC\\) +METRICS");
        assertThat(run.out().lines().count()).isEqualTo(1 + 2 * TestTrainCommand.MODELS_PER_RUN);
        assertThat(run.out()).containsPattern("pre-release\\.xgboost +1 +global +regression +pre-release +(production|none) "
                + "+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +val RMSE \\d+\\.\\d{4}, test RMSE \\d+\\.\\d{4}")
                .containsPattern("pre-release\\.logistic_regression +2 +global +classification .* +val AUC 0\\.\\d{4}, test AUC 0\\.\\d{4}");
    }

    @Test
    void list_json_has_one_entry_per_version_with_its_metrics() throws Exception {
        JsonNode list = JSON.readTree(new CliRunner(home).run("models", "list", "--json").out());

        assertThat(list).hasSize(2 * TestTrainCommand.MODELS_PER_RUN);
        JsonNode first = list.get(0);
        assertThat(first.get("name").asText()).startsWith("pre-release.");
        assertThat(first.get("market").asText()).isEqualTo("global");
        assertThat(first.has("created_at")).isTrue();
        int production = 0;
        for (JsonNode m : list) {
            if (m.get("stage").asText().equals("production")) production++;
            String metric = m.get("task").asText().equals("regression") ? "rmse" : "auc";
            assertThat(m.get("metrics").get("val_" + metric).isNumber()).as(m.toString()).isTrue();
            assertThat(m.get("metrics").get("test_" + metric).isNumber()).isTrue();
        }
        assertThat(production).isEqualTo(2);
    }

    @Test
    void show_prints_the_full_card_of_a_version_or_the_latest() throws Exception {
        CliRunner cli = new CliRunner(home);
        JsonNode v1 = JSON.readTree(cli.run("models", "show", "pre-release.xgboost:1").out());
        JsonNode latest = JSON.readTree(cli.run("models", "show", "pre-release.xgboost").out());

        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("seed").asLong()).isEqualTo(42);
        assertThat(v1.get("feature_set").get("name").asText()).isEqualTo("pre-release");
        assertThat(v1.get("format").asText()).as("with and without credits, each a line on the stated budget plus xgboost")
                .isEqualTo("switch-json");
        assertThat(v1.get("metrics").has("interval_without_credits")).isTrue();
        assertThat(v1.get("features").size()).isGreaterThan(10);
        assertThat(v1.get("metrics").get("interval").has("lower")).isTrue();
        assertThat(v1.get("artifact").get("sha256").asText()).hasSize(64);
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("seed").asLong()).isEqualTo(7);
        assertThat(latest.get("stage").asText()).isEqualTo("none");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void promote_then_rollback_brings_the_previous_version_back() throws Exception {
        CliRunner cli = new CliRunner(home);
        String name = "pre-release.linear_regression";
        CliRunner.Result promote = cli.run("models", "promote", name + ":2");
        assertThat(promote.exitCode()).as(promote.toString()).isZero();
        assertThat(promote.out()).isEqualTo(name + ":2 is in production\n");
        assertThat(stage(cli, name + ":2")).isEqualTo("production");
        assertThat(cli.run("models", "promote", name + ":1").exitCode()).isZero();

        CliRunner.Result rollback = cli.run("models", "rollback", name);

        assertThat(rollback.exitCode()).as(rollback.toString()).isZero();
        assertThat(rollback.out()).isEqualTo(name + ":2 is in production again\n");
        assertThat(stage(cli, name + ":1")).isEqualTo("archived");
        assertThat(stage(cli, name + ":2")).isEqualTo("production");
    }

    @Test
    void unknown_models_and_bad_references_exit_2_with_one_line() {
        CliRunner cli = new CliRunner(home);
        for (String[] args : new String[][] {{"models", "show", "no-such-model"}, {"models", "show", "pre-release.xgboost:99"},
                {"models", "promote", "no-such-model:1"}, {"models", "rollback", "no-such-model"},
                {"models", "promote", "pre-release.xgboost"}}) {
            CliRunner.Result run = cli.run(args);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).startsWith("boxoffice: ").hasLineCount(1);
        }
        assertThat(cli.run("models", "show", "pre-release.xgboost:99").err())
                .isEqualTo("boxoffice: no model registered as pre-release.xgboost:99\n");
    }

    @Test
    void rollback_without_an_earlier_promotion_exits_2() {
        CliRunner.Result run = new CliRunner(home).run("models", "rollback", "pre-release.gradient_boosting_classifier");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("boxoffice: no ").hasLineCount(1);
    }

    private static String stage(CliRunner cli, String ref) throws Exception {
        return JSON.readTree(cli.run("models", "show", ref).out()).get("stage").asText();
    }
}
