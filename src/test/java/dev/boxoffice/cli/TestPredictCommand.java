package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.data.Tmdb5000Reader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boxoffice predict} with the production models of a store trained on the post-release profile only,
 * so a film without audience signals is one no production model can score.
 */
class TestPredictCommand {
    private static final String HEADER = "id,title,predicted_revenue,revenue_lower,revenue_upper,hit_probability,model,model_version";

    @TempDir static Path home;
    @TempDir static Path data;
    @TempDir Path dir;

    @BeforeAll
    static void train_post_release() {
        SyntheticTmdbFiles.write(data, TestTrainCommand.FILMS, 9);
        CliRunner.Result run = new CliRunner(home).run("train", "--data", data.toString(), "--profile", "post-release", "--no-plots");
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    /** Four new films: 5001 with credits, 5002 without, 5003 without popularity and votes, 5004 without budget or date. */
    private Path[] inputs() {
        List<List<String>> rows = new ArrayList<>(SyntheticTmdbFiles.movieRows(4, 99));
        for (int i = 0; i < 4; i++) {
            rows.get(i).set(3, String.valueOf(5001 + i));
            rows.get(i).set(17, "New film " + (i + 1));
        }
        rows.get(2).set(8, "");
        rows.get(2).set(18, "");
        rows.get(3).set(0, "");
        rows.get(3).set(11, "");
        Path credited = SyntheticTmdbFiles.write(dir.resolve("credited"), List.of(rows.get(0), rows.get(2), rows.get(3)), r -> r, 4);
        Path movies = SyntheticTmdbFiles.writeMovies(dir.resolve("new_movies.csv"), rows);
        return new Path[] {movies, credited.resolve(Tmdb5000Reader.CREDITS_FILE)};
    }

    @Test
    void writes_the_contract_columns_for_every_film_and_lists_the_unscored_on_stderr() throws Exception {
        Path[] in = inputs();
        Path out = dir.resolve("out/predictions.csv");

        CliRunner.Result run = new CliRunner(home).run("predict", "--input", in[0].toString(), "--credits", in[1].toString(),
                "--output", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo(HEADER);
        Map<String, CSVRecord> byId = read(out);
        assertThat(byId).containsOnlyKeys("5001", "5002", "5003", "5004");
        for (String id : List.of("5001", "5002", "5004")) {
            CSVRecord r = byId.get(id);
            double predicted = Double.parseDouble(r.get("predicted_revenue"));
            assertThat(predicted).as(id).isPositive();
            assertThat(Double.parseDouble(r.get("revenue_lower"))).isLessThanOrEqualTo(predicted);
            assertThat(Double.parseDouble(r.get("revenue_upper"))).isGreaterThanOrEqualTo(predicted);
            assertThat(Double.parseDouble(r.get("hit_probability"))).isBetween(0.0, 1.0);
            assertThat(r.get("model")).startsWith("post-release.");
            assertThat(r.get("model_version")).isEqualTo("1");
        }
        CSVRecord unscored = byId.get("5003");
        assertThat(unscored.get("title")).isEqualTo("New film 3");
        assertThat(List.of("predicted_revenue", "revenue_lower", "revenue_upper", "hit_probability", "model", "model_version"))
                .allSatisfy(column -> assertThat(unscored.get(column)).as(column).isEmpty());
        assertThat(run.err()).contains("not scored: 5003 New film 3: it has no popularity or vote average")
                .doesNotContain("not scored: 5001", "not scored: 5002", "not scored: 5004");
        assertThat(run.out()).contains("3 films scored, 1 not scored");
    }

    @Test
    void a_film_without_credits_is_scored_and_credits_are_optional() throws Exception {
        Path[] in = inputs();
        Path out = dir.resolve("no-credits.csv");

        CliRunner.Result run = new CliRunner(home).run("predict", "--input", in[0].toString(), "--output", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(read(out).get("5002").get("predicted_revenue")).isNotEmpty();
        assertThat(read(out).get("5001").get("predicted_revenue")).isNotEmpty();
    }

    @Test
    void market_option_scores_films_of_another_market_with_the_global_models() throws Exception {
        Path out = dir.resolve("hi.csv");

        CliRunner.Result run = new CliRunner(home).run("predict", "--input", inputs()[0].toString(), "--market", "hi",
                "--output", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(read(out).get("5001").get("model")).startsWith("post-release.");
    }

    @Test
    void models_option_forces_one_profile_and_refuses_an_unknown_choice() throws Exception {
        Path out = dir.resolve("forced.csv");
        CliRunner.Result forced = new CliRunner(home).run("predict", "--input", inputs()[0].toString(), "--output",
                out.toString(), "--models", "pre-release");

        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(forced.out()).as("only post-release models are in production").contains("0 films scored, 4 not scored");

        CliRunner.Result bad = new CliRunner(home).run("predict", "--input", inputs()[0].toString(), "--output",
                dir.resolve("bad.csv").toString(), "--models", "latest");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("seed, pre-release, post-release");
    }

    @Test
    void no_production_model_exits_3_and_says_to_train() {
        CliRunner.Result run = new CliRunner(dir.resolve("empty-home")).run("predict", "--input", inputs()[0].toString(),
                "--output", dir.resolve("p.csv").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).endsWith("run `boxoffice train` (or `boxoffice quickstart`) first\n");
    }

    private static Map<String, CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getRecords().stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        }
    }
}
