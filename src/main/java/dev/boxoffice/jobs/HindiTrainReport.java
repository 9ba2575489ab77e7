package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a Hindi training run: the reference study's random forest and this project's Hindi model,
 * each cross-validated on the reference's folds and back-tested across a year cutoff, then trained on every
 * film. {@link #chosen()} is the model to promote.
 *
 * @param films films with budget and revenue (the training rows)
 * @param backtestTrain films released before the cutoff year
 * @param backtestTest films released in or after the cutoff year
 * @param baselineCvRmse CV RMSE of a linear regression on log_budget alone (the reference's 1.2300)
 */
public record HindiTrainReport(List<HindiCandidate> candidates, int films, int folds, long cvSeed, long forestSeed,
                               int cutoffYear, int backtestTrain, int backtestTest, double baselineCvRmse,
                               double seconds) {
    public HindiTrainReport {
        candidates = List.copyOf(candidates);
        if (candidates.stream().noneMatch(c -> c.profile() == Profile.HINDI_REFERENCE)) {
            throw new IllegalArgumentException("a Hindi report needs the reference model");
        }
    }

    /** The market every model of the report belongs to. */
    public String market() {
        return Movie.HINDI;
    }

    /** The reference study's random forest. */
    public HindiCandidate reference() {
        return candidates.stream().filter(c -> c.profile() == Profile.HINDI_REFERENCE).findFirst().orElseThrow();
    }

    /**
     * The model to promote: the candidate with the lowest CV RMSE among those that also beat (or match) the
     * reference in the back-test; the reference itself when none does.
     */
    public HindiCandidate chosen() {
        HindiCandidate ref = reference();
        HindiCandidate best = ref;
        for (HindiCandidate c : candidates) {
            if (c.cvRmse() < best.cvRmse() && c.backtestRmse() <= ref.backtestRmse()) best = c;
        }
        return best;
    }

    /** The report as JSON (for {@code --report-json}). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("market", market());
        json.put("films", films);
        json.put("cv", Map.of("folds", folds, "shuffle", true, "seed", cvSeed, "splitter", "scikit-learn KFold",
                "rmse", "mean of the per-fold RMSEs"));
        json.put("backtest", Map.of("cutoff_year", cutoffYear, "train", backtestTrain, "test", backtestTest));
        json.put("forest_seed", forestSeed);
        json.put("baseline_log_budget_linear_cv_rmse", baselineCvRmse);
        List<Map<String, Object>> models = new ArrayList<>();
        for (HindiCandidate c : candidates) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.registryName());
            m.put("profile", c.profile().cliName());
            m.put("feature_set", Map.of("name", c.featureSet().name(), "version", c.featureSet().version(),
                    "features", c.featureSet().names()));
            m.put("params", c.result().model().params());
            m.put("metrics", c.result().metrics());
            models.add(m);
        }
        json.put("models", models);
        json.put("chosen", chosen().registryName());
        json.put("seconds", Math.round(seconds * 1000.0) / 1000.0);
        return json;
    }

    /** The comparison table, one line per model, then the baseline and the choice. */
    public List<String> tableLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-36s %9s %11s %12s", "Hindi model (log1p revenue)",
                "CV RMSE", "pooled RMSE", "bt " + cutoffYear + " RMSE"));
        for (HindiCandidate c : candidates) {
            lines.add(String.format(Locale.ROOT, "%-36s %9.4f %11.4f %12.4f", c.registryName(), c.cvRmse(),
                    c.result().metric("cv_pooled", "rmse"), c.backtestRmse()));
        }
        lines.add(String.format(Locale.ROOT, "%-36s %9.4f", "baseline: linear on log_budget", baselineCvRmse));
        lines.add(String.format(Locale.ROOT, "%d films; %d-fold CV shuffled with seed %d (scikit-learn's folds);"
                        + " back-test trains on %d films before %d, tests on %d; forest seed %d",
                films, folds, cvSeed, backtestTrain, cutoffYear, backtestTest, forestSeed));
        lines.add("chosen: " + chosen().registryName() + " (reference study: RF CV RMSE 1.2018, linear on log_budget 1.2300)");
        return lines;
    }
}
