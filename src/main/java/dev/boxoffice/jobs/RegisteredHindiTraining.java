package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A Hindi training run that ends in the registry: evaluate and train the market's models
 * ({@link HindiTrainJob}), write the JSON report, register both models under market {@code hi} and,
 * optionally, promote the chosen one. Nothing is registered until training and the report have succeeded.
 */
public final class RegisteredHindiTraining {
    private final ModelRegistry registry;
    private final Clock clock;
    private final PrintWriter progress;

    /** @param progress where the job's progress lines go (stderr on the command line) */
    public RegisteredHindiTraining(ModelRegistry registry, Clock clock, PrintWriter progress) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Trains on the Hindi films among {@code movies}, writes the report to {@code reportJson}, registers the
     * models and, when {@code promote}, puts the chosen one in production.
     */
    public HindiTrainOutcome run(List<Movie> movies, Path reportJson, boolean promote) {
        Objects.requireNonNull(reportJson, "reportJson");
        HindiTrainReport report = new HindiTrainJob(progress).run(movies);
        ReportWriter.writeJson(reportJson, report.toJson());
        List<RegisteredModel> registered = ModelRegistration.registerAll(report, registry, clock);
        RegisteredModel promoted = promote ? ModelRegistration.promoteChosen(report, registered, registry) : null;
        return new HindiTrainOutcome(report, reportJson, registered, promoted);
    }
}
