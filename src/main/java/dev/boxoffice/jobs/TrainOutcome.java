package dev.boxoffice.jobs;

import dev.boxoffice.store.RegisteredModel;
import java.util.List;
import java.util.Objects;

/**
 * A finished training run: its report, where the report went, the registered model versions (in report
 * order) and those promoted to production (none with promotion off).
 */
public record TrainOutcome(TrainReport report, TrainOptions options, List<RegisteredModel> registered,
                           List<RegisteredModel> promoted) {
    public TrainOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        registered = List.copyOf(registered);
        promoted = List.copyOf(promoted);
    }

    /** The registered version of the run's best regressor. */
    public RegisteredModel bestRegressor() {
        return registered.get(report.results().indexOf(report.bestRegressor()));
    }

    /** The registered version of the run's best classifier. */
    public RegisteredModel bestClassifier() {
        return registered.get(report.results().indexOf(report.bestClassifier()));
    }
}
