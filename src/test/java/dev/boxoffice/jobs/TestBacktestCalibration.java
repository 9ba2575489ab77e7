package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.features.Profile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The back-test reports, per cutoff, how calibrated each side's hit classifier stayed on the films after it. */
class TestBacktestCalibration {
    @TempDir static Path dir;
    private static BacktestReport report;

    @BeforeAll
    static void backtest() {
        report = new BacktestJob(new PrintWriter(new StringWriter())).run(HindiFilms.released(TrainedStore.FILMS, 7),
                Profile.PRE_RELEASE, List.of(2018), 42, dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_side_of_a_cutoff_holds_its_hit_classifier_with_test_calibration() {
        Map<String, Object> cutoff = ((List<Map<String, Object>>) report.toJson().get("cutoffs")).get(0);
        int testFilms = ((Number) ((Map<String, Object>) cutoff.get("rows")).get("test")).intValue();

        for (String side : List.of("model", "seed")) {
            Map<String, Object> hit = (Map<String, Object>) ((Map<String, Object>) cutoff.get(side)).get("hit_classifier");
            assertThat(hit).as(side).containsKeys("name", "test", "calibration");
            // the forecasting profile's classifier is also scored on the test films given without credits
            assertThat(hit.keySet()).as(side).isSubsetOf("name", "test", "calibration", "test_without_credits");
            Map<String, Object> test = (Map<String, Object>) hit.get("test");
            Map<String, Object> calibration = (Map<String, Object>) hit.get("calibration");
            assertThat(calibration).containsKeys("brier", "expected_calibration_error", "bins");
            assertThat(((Number) calibration.get("brier")).doubleValue())
                    .isCloseTo(((Number) test.get("brier")).doubleValue(), within(1e-12));
            List<Map<String, Object>> bins = (List<Map<String, Object>>) calibration.get("bins");
            assertThat(bins).hasSize(10);
            assertThat(bins.stream().mapToInt(b -> ((Number) b.get("count")).intValue()).sum()).isEqualTo(testFilms);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_table_prints_a_hit_classifier_line_per_side() {
        Map<String, Object> model = report.cutoffs().get(0).model();
        Map<String, Object> hit = (Map<String, Object>) model.get("hit_classifier");
        Map<String, Object> calibration = (Map<String, Object>) hit.get("calibration");

        assertThat(report.tableLines()).contains(String.format(java.util.Locale.ROOT,
                "2018   hit classifier pre-release %s: test AUC %.4f, Brier %.4f, ECE %.4f", hit.get("name"),
                ((Number) ((Map<String, Object>) hit.get("test")).get("auc")).doubleValue(),
                ((Number) calibration.get("brier")).doubleValue(),
                ((Number) calibration.get("expected_calibration_error")).doubleValue()));
        assertThat(report.tableLines()).anyMatch(l -> l.startsWith("2018   hit classifier seed "));
    }
}
