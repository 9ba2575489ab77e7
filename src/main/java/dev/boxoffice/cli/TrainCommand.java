package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.IngestReport;
import dev.boxoffice.jobs.RegisteredTraining;
import dev.boxoffice.jobs.TrainOptions;
import dev.boxoffice.jobs.TrainOutcome;
import dev.boxoffice.store.FeatureStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code boxoffice train}: trains and compares every model of a profile on the films of the store, writes
 * the report, registers the models and promotes the winners.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train, compare, register and promote the models of a profile.",
                "Trains the regressors (log1p revenue) and hit classifiers on the films in the store, compares them on "
                        + "validation and test, writes the report, models and plots, registers every model and promotes "
                        + "the best regressor (validation RMSE) and classifier (validation AUC)."})
final class TrainCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Ingest this folder (TMDB 5000 CSVs or a Bollywood export) into the store "
            + "first. Without it, an empty store is filled from $BOXOFFICE_DATA (else $BOXOFFICE_HOME/data).")
    Path data;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "seed",
            description = "seed, pre-release or post-release (default: ${DEFAULT-VALUE}); not with --market hi, "
                    + "which trains the Hindi models (profiles hindi and hindi-reference, see docs/hindi.md).")
    String profile;

    @Option(names = "--market", paramLabel = "MARKET", defaultValue = Movie.GLOBAL,
            description = "Which stored films to train on, and the market the models serve: global or hi "
                    + "(default: ${DEFAULT-VALUE}).")
    String market;

    @Option(names = "--split-file", paramLabel = "FILE",
            description = "CSV id,split (train/val/test); default a random 60/20/20 split with --seed.")
    Path splitFile;

    @Option(names = "--seed", defaultValue = "" + TrainOptions.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where models and plots go (default: $BOXOFFICE_HOME/reports/PROFILE).")
    Path reportDir;

    @Option(names = "--report-json", paramLabel = "FILE", description = "Where the JSON report goes (default: REPORT_DIR/report.json).")
    Path reportJson;

    @Option(names = "--exclude-flagged", negatable = true, description = "Leave films with implausible money "
            + "(< $10,000, TMDB unit errors) out of fitting and model selection, never out of evaluation. Default: on "
            + "for pre-release and post-release, and never for seed, which keeps the reference's rows.")
    Boolean excludeFlagged;

    @Option(names = "--no-plots", description = "Skip the charts.")
    boolean noPlots;

    @Option(names = "--no-promote", description = "Register the models but leave production as it is.")
    boolean noPromote;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        AppConfig config = root.config();
        Profile p = Profile.parse(profile);
        boolean hindi = HindiTrain.isHindi(market, p, spec.commandLine().getParseResult().hasMatchedOption("--profile"));
        if (hindi && (splitFile != null || excludeFlagged != null)) {
            throw new IllegalArgumentException("--split-file and --exclude-flagged are not used with --market hi: the "
                    + "Hindi models are judged by 5-fold CV (seed 1) and a 2016 back-test on every film");
        }
        boolean exclude = excludeFlagged != null ? excludeFlagged : p != Profile.SEED && !hindi;
        if (exclude && p == Profile.SEED) {
            throw new IllegalArgumentException("--exclude-flagged is not allowed with --profile seed: the seed profile keeps "
                    + "every row exactly as the reference did");
        }
        PrintWriter err = spec.commandLine().getErr();
        // a wrong --data fails before any store is created
        Path given = data != null ? DataLocation.require(data, config) : null;
        StoreHandle store = StoreHandle.open(config, root.clock());
        if (given != null || store.features().isEmpty()) {
            ingest(store, given != null ? given : DataLocation.require(null, config), err);
        }
        List<Movie> movies = store.features().loadMovies(market);
        if (movies.isEmpty()) {
            throw new IllegalArgumentException("no films of market " + market + " in the store (" + store.describe()
                    + "); ingest some with `boxoffice ingest`");
        }
        if (hindi) {
            Path json = reportJson != null ? reportJson : (reportDir != null ? reportDir
                    : config.home().resolve("reports").resolve(Movie.HINDI)).resolve("report.json");
            HindiTrain.run(store, movies, json, !noPromote, root.clock(), spec.commandLine().getOut(), err);
            return ExitCode.OK.code();
        }
        Path dir = reportDir != null ? reportDir : config.home().resolve("reports").resolve(p.cliName());
        TrainOptions options = new TrainOptions(p, splitFile, seed, dir, reportJson, exclude, !noPlots);
        TrainOutcome outcome = new RegisteredTraining(store.registry(), root.clock(), err)
                .run(movies, options, market, !noPromote);
        TrainSummary.print(spec.commandLine().getOut(), outcome);
        return ExitCode.OK.code();
    }

    private void ingest(StoreHandle store, Path dir, PrintWriter err) {
        LoadedMovies loaded = new MovieFiles().load(dir);
        loaded.summaryLines().forEach(err::println);
        IngestReport report = IngestCommand.ingest(loaded, store, root, FeatureStore.DEFAULT_BATCH_SIZE, err);
        err.printf("ingested into %s: %d inserted, %d updated, %d unchanged%n", store.describe(),
                report.counts().inserted(), report.counts().updated(), report.counts().unchanged());
    }
}
