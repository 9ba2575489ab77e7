package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.ReportWriter;
import dev.boxoffice.jobs.TrainJob;
import dev.boxoffice.jobs.TrainOptions;
import dev.boxoffice.jobs.TrainReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code boxoffice train}: trains and compares every model of a profile and writes the report. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the regressors (log1p revenue) and hit classifiers of a profile, compare them on "
                + "validation and test, and write the report, models and plots.")
final class TrainCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the TMDB 5000 CSVs (default: $BOXOFFICE_DATA).")
    Path data;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "seed",
            description = "seed, pre-release or post-release (default: ${DEFAULT-VALUE}).")
    String profile;

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

    @Option(names = "--verbose", description = "Print stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        AppConfig config = root.config();
        Profile p = Profile.parse(profile);
        boolean exclude = excludeFlagged != null ? excludeFlagged : p != Profile.SEED;
        if (exclude && p == Profile.SEED) {
            throw new IllegalArgumentException("--exclude-flagged is not allowed with --profile seed: the seed profile keeps "
                    + "every row exactly as the reference did");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        LoadedMovies loaded = new MovieFiles().load(DataLocation.require(data, config));
        loaded.summaryLines().forEach(err::println);
        Path dir = reportDir != null ? reportDir : config.home().resolve("reports").resolve(p.cliName());
        TrainOptions options = new TrainOptions(p, splitFile, seed, dir, reportJson, exclude, !noPlots);
        TrainReport report = new TrainJob(err).run(loaded.movies(), options);
        ReportWriter.write(report, options);
        report.tableLines().forEach(out::println);
        out.printf("%nbest regressor: %s (test RMSE %.4f); best classifier: %s (test AUC %.4f)%n",
                report.bestRegressor().name(), report.bestRegressor().metric("test", "rmse"),
                report.bestClassifier().name(), report.bestClassifier().metric("test", "auc"));
        out.printf("report: %s; models and plots under %s (%.1f s)%n", options.effectiveReportJson(), dir, report.seconds());
        out.flush();
        return ExitCode.OK.code();
    }
}
