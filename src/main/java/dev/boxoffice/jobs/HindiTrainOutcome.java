package dev.boxoffice.jobs;

import dev.boxoffice.store.RegisteredModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A finished Hindi training run: its report, where the JSON went, the registered versions (in report order)
 * and the promoted one (null with promotion off).
 */
public record HindiTrainOutcome(HindiTrainReport report, Path reportJson, List<RegisteredModel> registered,
                                RegisteredModel promoted) {
    public HindiTrainOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportJson, "reportJson");
        registered = List.copyOf(registered);
    }

    /** The registered version of the chosen model. */
    public RegisteredModel chosen() {
        return registered.get(report.candidates().indexOf(report.chosen()));
    }
}
