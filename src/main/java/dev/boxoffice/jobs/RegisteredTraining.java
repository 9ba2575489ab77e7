package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A training run that ends in the registry: train and compare every model of a profile, write the report,
 * then register every model and, optionally, promote the winners. Nothing is registered until training and
 * the report have succeeded, and each model registers in one transaction with its card and artifact, so a
 * failed or killed run never leaves a half-registered model (a kill between two registrations leaves the
 * earlier models of the run registered in stage NONE, which nothing serves, and production unchanged).
 */
public final class RegisteredTraining {
    private final ModelRegistry registry;
    private final Clock clock;
    private final PrintWriter progress;

    /** @param progress where the training job's progress lines go (stderr on the command line) */
    public RegisteredTraining(ModelRegistry registry, Clock clock, PrintWriter progress) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Trains on {@code movies} for {@code market}, writes the report, registers every model of the run and, when
     * {@code promote}, puts the best regressor (validation RMSE) and classifier (validation AUC) in production.
     */
    public TrainOutcome run(List<Movie> movies, TrainOptions options, String market, boolean promote) {
        Objects.requireNonNull(market, "market");
        TrainReport report = new TrainJob(progress).run(movies, options);
        ReportWriter.write(report, options);
        List<RegisteredModel> registered = ModelRegistration.registerAll(report, market, registry, clock);
        List<RegisteredModel> promoted = promote ? ModelRegistration.promoteBest(report, registered, registry) : List.of();
        return new TrainOutcome(report, options, registered, promoted);
    }
}
