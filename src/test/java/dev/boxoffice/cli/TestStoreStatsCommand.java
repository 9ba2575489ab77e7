package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boxoffice.AppConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boxoffice store stats}: the exact JSON contract, the human table, on SQLite and PostgreSQL. */
class TestStoreStatsCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path home;
    @TempDir Path data;

    @Test
    void json_has_exactly_the_contract_keys_on_an_empty_store() throws Exception {
        CliRunner.Result run = new CliRunner(home).run("store", "stats", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(fieldNames(json)).containsExactly("feature_groups", "models", "database");
        assertThat(fieldNames(json.get("feature_groups"))).containsExactly("movies", "credits", "movie_features", "predictions");
        assertThat(json.get("feature_groups").get("movies").isIntegralNumber()).isTrue();
        assertThat(json.get("models").asLong()).isZero();
        assertThat(json.get("database").asText()).isEqualTo("sqlite");
    }

    @Test
    void counts_follow_an_ingest_and_the_table_names_the_database() throws Exception {
        SyntheticTmdbFiles.write(data, 25, 3);
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("ingest", "--data", data.toString()).exitCode()).isZero();

        JsonNode json = JSON.readTree(cli.run("store", "stats", "--json").out());
        CliRunner.Result table = cli.run("store", "stats");

        assertThat(json.get("feature_groups").get("movies").asLong()).isEqualTo(25);
        assertThat(json.get("feature_groups").get("credits").asLong()).isEqualTo(100);
        assertThat(json.get("feature_groups").get("movie_features").asLong()).isEqualTo(75);
        assertThat(json.get("feature_groups").get("predictions").asLong()).isZero();
        assertThat(table.out()).contains("database: sqlite at jdbc:sqlite:" + home.resolve("boxoffice.db"))
                .containsPattern("movies +25 rows").containsPattern("credits +100 rows").containsPattern("models +0 versions");
    }

    @Test
    void postgresql_from_boxoffice_db_is_reported_as_such() throws Exception {
        SyntheticTmdbFiles.write(data, 25, 3);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            CliRunner cli = new CliRunner(home).with(AppConfig.ENV_DB, pg.getJdbcUrl("postgres", "postgres"));
            CliRunner.Result ingest = cli.run("ingest", "--data", data.toString());
            assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
            assertThat(cli.run("ingest", "--data", data.toString()).out()).contains("unchanged: 25\n");

            JsonNode json = JSON.readTree(cli.run("store", "stats", "--json").out());

            assertThat(json.get("database").asText()).isEqualTo("postgresql");
            assertThat(json.get("feature_groups").get("movies").asLong()).isEqualTo(25);
            assertThat(json.get("feature_groups").get("movie_features").asLong()).isEqualTo(75);
        }
    }

    @Test
    void an_unreachable_database_exits_3_with_one_line() {
        CliRunner.Result run = new CliRunner(home).with(AppConfig.ENV_DB, "jdbc:postgresql://127.0.0.1:1/none?user=x")
                .run("store", "stats", "--json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("boxoffice: ").hasLineCount(1).doesNotContain("Exception");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
