package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.BacktestJob;
import dev.boxoffice.jobs.BacktestReport;
import dev.boxoffice.jobs.ReportWriter;
import dev.boxoffice.jobs.TrainOptions;
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

/** {@code boxoffice backtest}: how forecasts made before a cutoff year fared on the films released after it. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Train on films released before each cutoff year and test on films released from it on, "
                + "beside a log-budget-only linear baseline and the seed profile.")
final class BacktestCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the TMDB 5000 CSVs (default: $BOXOFFICE_DATA).")
    Path data;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "pre-release",
            description = "seed, pre-release or post-release (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--cutoff", paramLabel = "YEAR", split = ",", required = true,
            description = "Cutoff year(s); repeat or separate with commas for a rolling back-test, e.g. 2008,2010,2012.")
    List<Integer> cutoffs;

    @Option(names = "--seed", defaultValue = "" + TrainOptions.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--report-json", paramLabel = "FILE", description = "Write the back-test as JSON.")
    Path reportJson;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        AppConfig config = root.config();
        Profile p = Profile.parse(profile);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        LoadedMovies loaded = new MovieFiles().load(DataLocation.require(data, config));
        loaded.summaryLines().forEach(err::println);
        BacktestReport report = new BacktestJob(err).run(loaded.movies(), p, cutoffs, seed,
                config.home().resolve("reports").resolve("backtest"));
        report.tableLines().forEach(out::println);
        if (reportJson != null) {
            ReportWriter.writeJson(reportJson, report.toJson());
            out.println("report: " + reportJson);
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
