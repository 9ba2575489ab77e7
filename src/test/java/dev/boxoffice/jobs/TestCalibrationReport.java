package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hit classifiers' calibration in a real training report: report.json, the table and the reliability plot. */
class TestCalibrationReport {
    @TempDir static Path dir;
    private static TrainReport report;
    private static JsonNode json;

    @BeforeAll
    static void train() throws IOException {
        List<Movie> films = HindiFilms.released(TrainedStore.FILMS, 7);
        TrainOptions options = new TrainOptions(Profile.PRE_RELEASE, null, 42, dir.resolve("report"), null, false, true);
        report = new TrainJob(new PrintWriter(new StringWriter())).run(films, options);
        ReportWriter.write(report, options);
        json = new ObjectMapper().readTree(options.effectiveReportJson().toFile());
    }

    @Test
    void every_classifier_reports_brier_bins_and_calibration_error_on_validation_and_test() {
        List<JsonNode> classifiers = models("classification");
        assertThat(classifiers).extracting(m -> m.get("name").asText())
                .containsExactly("logistic_regression", "gradient_boosting_classifier", "ensemble_classifier");
        for (JsonNode m : classifiers) {
            for (String part : List.of("val", "test")) {
                JsonNode c = m.get("calibration").get(part);
                assertThat(c).as("%s %s", m.get("name"), part).isNotNull();
                assertThat(c.get("brier").asDouble()).isCloseTo(m.get("metrics").get(part).get("brier").asDouble(),
                        within(1e-12));
                assertThat(c.get("expected_calibration_error").asDouble()).isBetween(0.0, 1.0);
                assertThat(c.get("max_calibration_error").asDouble())
                        .isGreaterThanOrEqualTo(c.get("expected_calibration_error").asDouble());
                JsonNode bins = c.get("bins");
                assertThat(bins).hasSize(10);
                int films = 0;
                for (int b = 0; b < 10; b++) {
                    JsonNode bin = bins.get(b);
                    assertThat(bin.get("lower").asDouble()).isEqualTo(b / 10.0);
                    assertThat(bin.get("upper").asDouble()).isEqualTo((b + 1) / 10.0);
                    assertThat(bin.has("mean_predicted")).isTrue();
                    assertThat(bin.has("observed_rate")).isTrue();
                    films += bin.get("count").asInt();
                }
                assertThat(films).isEqualTo(m.get("metrics").get(part).get("n").asInt()).isEqualTo(c.get("n").asInt());
            }
        }
    }

    @Test
    void regressors_have_no_calibration() {
        assertThat(models("regression")).isNotEmpty().allSatisfy(m -> assertThat(m.has("calibration")).isFalse());
    }

    @Test
    void the_reliability_diagram_is_drawn_beside_the_other_plots() throws IOException {
        Path plot = dir.resolve("report/plots/reliability_diagram.png");

        BufferedImage image = ImageIO.read(plot.toFile());

        assertThat(image).as("a readable PNG at " + plot).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(dir.resolve("report/plots/roc.png")).exists();
    }

    @Test
    void the_comparison_table_prints_each_classifier_s_test_brier_and_calibration_error() {
        List<String> lines = report.tableLines();
        String header = lines.stream().filter(l -> l.startsWith("classifier (hit)")).findFirst().orElseThrow();
        assertThat(header).endsWith("test Brier  test ECE");
        ModelResult best = report.bestClassifier();
        String row = lines.stream().filter(l -> l.startsWith(best.name() + " ")).findFirst().orElseThrow();
        assertThat(row).endsWith(String.format(java.util.Locale.ROOT, " %.4f %9.4f", best.metric("test", "brier"),
                best.calibration().get("test").expectedCalibrationError()));
    }

    private static List<JsonNode> models(String task) {
        List<JsonNode> out = new ArrayList<>();
        json.get("models").forEach(m -> {
            if (m.get("task").asText().equals(task)) out.add(m);
        });
        return out;
    }
}
