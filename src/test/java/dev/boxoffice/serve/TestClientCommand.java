package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.cli.BoxofficeCommand;
import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code boxoffice client predict} and {@code client batch} against a real server. */
class TestClientCommand {
    @TempDir static Path dir;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app = ServeStore.withModels(dir, Profile.PRE_RELEASE, Profile.SEED).start();
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cmd = BoxofficeCommand.commandLine(Map.of("BOXOFFICE_HOME", dir.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void predict_prints_a_summary_of_the_servers_answer() {
        Run r = run("client", "predict", "--url", http.base(), "--budget", "100000000", "--runtime", "120",
                "--popularity", "50.5", "--vote-avg", "7.2");
        assertThat(r.exit()).as(r.err()).isZero();
        double revenue = http.post("/predict", TestPredictEndpoint.REFERENCE).json().get("predicted_revenue").asDouble();
        assertThat(r.out()).contains("predicted revenue: $" + String.format(java.util.Locale.ROOT, "%,.1fM", revenue / 1e6))
                .contains("hit (revenue > 2 x budget): ").contains("model: seed.").contains("top features");
    }

    @Test
    void predict_json_is_the_servers_json() throws Exception {
        Run r = run("client", "predict", "--url", http.base(), "--budget", "30000000", "--runtime", "100",
                "--genre", "Comedy,Family", "--release-date", "2026-12-20", "--cast", ServeFilms.STAR, "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode expected = http.post("/predict", "{\"budget\": 30000000, \"runtime\": 100, \"genres\": [\"Comedy\", \"Family\"],"
                + " \"release_date\": \"2026-12-20\", \"cast\": [{\"name\": \"Famous Star\"}]}").json();
        assertThat(Http.JSON.readTree(r.out())).isEqualTo(expected);
    }

    @Test
    void batch_appends_predictions_to_each_csv_row() throws Exception {
        Path csv = dir.resolve("films.csv");
        Files.writeString(csv, "title,budget,runtime,popularity,vote_avg,genres\n"
                + "One,100000000,120,50.5,7.2,Action|Adventure\n"
                + "Two,2000000,90,,,Horror\n");
        Path out = dir.resolve("predicted.csv");
        Run r = run("client", "batch", "--url", http.base(), "--csv", csv.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("title,budget,runtime,popularity,vote_avg,genres,predicted_revenue,"
                + "predicted_revenue_millions,revenue_lower,revenue_upper,is_hit,hit_probability,model,model_version");
        String revenue = http.post("/predict", TestPredictEndpoint.REFERENCE).json().get("predicted_revenue").asText();
        assertThat(lines.get(1)).startsWith("One,100000000,120,50.5,7.2,Action|Adventure," + revenue + ",");
        assertThat(lines.get(2)).contains(",pre-release.");
    }

    @Test
    void refused_input_exits_2_with_the_servers_reasons() {
        Run r = run("client", "predict", "--url", http.base(), "--budget", "-1", "--runtime", "120");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("422").contains("budget: must be in [0, ");
    }

    @Test
    void an_unreachable_server_exits_3() {
        Run r = run("client", "predict", "--url", "http://127.0.0.1:1", "--budget", "1", "--runtime", "1");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("cannot connect");
    }
}
