package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.jobs.WeeklyJob;
import dev.boxoffice.jobs.WeeklyOptions;
import dev.boxoffice.jobs.WeeklyReport;
import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boxoffice weekly}: predicts the coming window's theatrical releases and stores each prediction once. */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = {"Discover the theatrical releases (TMDB release types 2|3) of the coming days, predict those "
                + "the production models have not predicted yet, and store each film with its prediction "
                + "(one transaction per film). By default Hindi-language films released in India "
                + "(--language hi --region IN). Re-running the same week stores nothing twice; films no "
                + "model can score are listed with the reason.",
                "Needs TMDB_API_KEY or TMDB_READ_TOKEN, and production models in the store ($BOXOFFICE_DB)."})
final class WeeklyCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--language", paramLabel = "ISO639", defaultValue = WeeklyOptions.DEFAULT_LANGUAGE,
            description = "Original language of the films, or 'any' (default: ${DEFAULT-VALUE}, Hindi).")
    String language;

    @Option(names = "--region", paramLabel = "ISO3166", defaultValue = WeeklyOptions.DEFAULT_REGION,
            description = "Country whose release dates count, or 'any' (default: ${DEFAULT-VALUE}, India).")
    String region;

    @Option(names = "--days", defaultValue = "" + WeeklyOptions.DEFAULT_DAYS,
            description = "Length of the window after the first day (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the window, yyyy-mm-dd (default: today, UTC).")
    LocalDate from;

    @Option(names = "--dry-run", description = "Fetch and predict, print what would be stored, store nothing.")
    boolean dryRun;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        WeeklyOptions options = new WeeklyOptions(from, days, any(language), any(region), dryRun,
                WeeklyOptions.DEFAULT_MAX_PAGES);
        WeeklyReport report = runOnce(root.config(), options, root.clock(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * One weekly run as {@code boxoffice weekly} does it: checks the TMDB credentials, opens the store, loads
     * the production models as they are now (so a promotion since the last run is picked up) and runs the job.
     *
     * @throws IllegalArgumentException without TMDB credentials or production models
     */
    static WeeklyReport runOnce(AppConfig config, WeeklyOptions options, Clock clock, PrintWriter progress) {
        TmdbClient client = new TmdbClient(TmdbConfig.from(config)); // no credentials: exit 2 naming the variables
        Database db = Database.open(config.effectiveDatabaseUrl());
        FeatureStore store = new FeatureStore(db, clock);
        ProductionModels models = ProductionModels.load(new ModelRegistry(db, clock), FilmHistory.of(store.loadMovies()));
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no production model in " + db.redactedUrl() + ": train and promote one "
                    + "first (boxoffice train --profile pre-release)");
        }
        return new WeeklyJob(client, store, models, clock, progress).run(options);
    }

    /**
     * The job {@code boxoffice serve --weekly "MON 06:00"} schedules with
     * {@link dev.boxoffice.jobs.WeeklySchedule#start}: a default weekly run (Hindi films in India, the coming
     * 7 days) per call, its report on {@code log}.
     */
    static Runnable scheduledRun(AppConfig config, Clock clock, PrintWriter log) {
        return () -> {
            WeeklyReport report = runOnce(config, WeeklyOptions.defaults(), clock, log);
            report.lines().forEach(log::println);
            log.flush();
        };
    }

    private static String any(String code) {
        return code == null || code.isBlank() || code.equalsIgnoreCase("any") ? null : code;
    }
}
