package dev.boxoffice.jobs;

import dev.boxoffice.features.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The back-test of one profile over several cutoffs: the chosen model, the seed profile and the baseline. */
public record BacktestReport(Profile profile, List<Cutoff> cutoffs, double seconds) {
    /** The metric parts each side of a cutoff carries (the model side also each with the no-credits suffix). */
    static final List<String> SIDE_PARTS = List.of("test", "test_plausible", "interval");

    public BacktestReport {
        cutoffs = List.copyOf(cutoffs);
    }

    /**
     * One cutoff's figures: each side holds "test" and "test_plausible" metric maps; the model and seed sides also
     * hold "hit_classifier", the chosen hit classifier's name, test metrics and test calibration.
     */
    public record Cutoff(int year, RowCounts rows, Map<String, Object> model, Map<String, Object> seed,
                         Map<String, Map<String, Object>> baseline) {
        /** 1 - model RMSE / baseline RMSE on a part ("test" or "test_plausible"). */
        public double gainOverBaseline(String part) {
            return gainOverBaseline(part, part);
        }

        /**
         * The gain of the model on {@code modelPart} over the baseline on {@code baselinePart}: the line reads the
         * budget alone, so it forecasts a film the same with or without credits.
         */
        @SuppressWarnings("unchecked")
        public double gainOverBaseline(String modelPart, String baselinePart) {
            double m = ((Number) ((Map<String, Object>) model.get(modelPart)).get("rmse")).doubleValue();
            double b = ((Number) baseline.get(baselinePart).get("rmse")).doubleValue();
            return 1 - m / b;
        }

        /** Whether the model side was also scored on the test films given without credits. */
        public boolean scoredWithoutCredits() {
            return model.containsKey("test" + CreditSwitch.SUFFIX);
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profile", profile.cliName());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Cutoff c : cutoffs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cutoff", c.year());
            m.put("rows", c.rows().toMap());
            m.put("model", c.model());
            m.put("seed", c.seed());
            m.put("log_budget_baseline", c.baseline());
            Map<String, Object> gains = new LinkedHashMap<>();
            gains.put("test", c.gainOverBaseline("test"));
            gains.put("test_plausible", c.gainOverBaseline("test_plausible"));
            if (c.scoredWithoutCredits()) {
                for (String part : List.of("test", "test_plausible")) {
                    gains.put(part + CreditSwitch.SUFFIX, c.gainOverBaseline(part + CreditSwitch.SUFFIX, part));
                }
            }
            m.put("gain_over_baseline", gains);
            list.add(m);
        }
        json.put("cutoffs", list);
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return json;
    }

    /**
     * One line per cutoff and side: RMSE, MAE, R2 and median APE on all test films and on plausible ones; then the
     * gain over the baseline and each side's hit classifier (test AUC, Brier score, expected calibration error).
     */
    @SuppressWarnings("unchecked")
    public List<String> tableLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-6s %-41s %6s %8s %7s %7s %9s %11s %9s", "cutoff", "model", "test",
                "RMSE", "MAE", "R2", "med APE", "plaus RMSE", "coverage"));
        for (Cutoff c : cutoffs) {
            List<Map.Entry<String, Map<String, Object>>> sides = new ArrayList<>(List.of(
                    Map.entry(profile.cliName() + " " + c.model().get("name"), c.model()),
                    Map.entry("seed " + c.seed().get("name"), c.seed()),
                    Map.entry("log-budget baseline", (Map<String, Object>) (Map<?, ?>) c.baseline())));
            if (c.scoredWithoutCredits()) sides.add(1, Map.entry(profile.cliName() + " " + c.model().get("name")
                    + ", no credits", withoutCredits(c.model())));
            for (var side : sides) {
                Map<String, Object> test = (Map<String, Object>) side.getValue().get("test");
                Map<String, Object> plaus = (Map<String, Object>) side.getValue().get("test_plausible");
                Map<String, Object> interval = (Map<String, Object>) side.getValue().get("interval");
                lines.add(String.format(Locale.ROOT, "%-6d %-41s %6d %8.4f %7.4f %7.4f %8.1f%% %11.4f %9s", c.year(),
                        side.getKey(), ((Number) test.get("n")).intValue(), num(test, "rmse"), num(test, "mae"),
                        num(test, "r2"), 100 * num(test, "median_ape"), num(plaus, "rmse"),
                        interval == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * num(interval, "test_coverage"))));
            }
            lines.add(String.format(Locale.ROOT, "%-6d gain over baseline: %.1f%% on all test films, %.1f%% on plausible ones",
                    c.year(), 100 * c.gainOverBaseline("test"), 100 * c.gainOverBaseline("test_plausible")));
            if (c.scoredWithoutCredits()) {
                lines.add(String.format(Locale.ROOT, "%-6d gain over baseline, test films given without credits: %.1f%% on all, "
                        + "%.1f%% on plausible ones", c.year(), 100 * c.gainOverBaseline("test" + CreditSwitch.SUFFIX, "test"),
                        100 * c.gainOverBaseline("test_plausible" + CreditSwitch.SUFFIX, "test_plausible")));
            }
            for (var side : List.of(Map.entry(profile.cliName(), c.model()), Map.entry("seed", c.seed()))) {
                Map<String, Object> hit = (Map<String, Object>) side.getValue().get("hit_classifier");
                if (hit == null) continue;
                Map<String, Object> test = (Map<String, Object>) hit.get("test");
                Map<String, Object> calibration = (Map<String, Object>) hit.get("calibration");
                lines.add(String.format(Locale.ROOT, "%-6d hit classifier %s %s: test AUC %.4f, Brier %.4f, ECE %.4f",
                        c.year(), side.getKey(), hit.get("name"), num(test, "auc"), num(calibration, "brier"),
                        num(calibration, "expected_calibration_error")));
            }
        }
        return lines;
    }

    /** The model side's figures on the test films given without credits, under the usual part names. */
    private static Map<String, Object> withoutCredits(Map<String, Object> side) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String part : SIDE_PARTS) m.put(part, side.get(part + CreditSwitch.SUFFIX));
        return m;
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
