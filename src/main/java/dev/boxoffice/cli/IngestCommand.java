package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.jobs.IngestJob;
import dev.boxoffice.jobs.IngestReport;
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

/** {@code boxoffice ingest}: an idempotent upsert of films into the feature store, with their features. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load films into the feature store, with their features.",
                "Inserts new films, updates changed ones, keeps the rest. Safe to re-run; a run killed midway keeps "
                        + "whole batches and a re-run completes it."})
final class IngestCommand implements Callable<Integer> {
    /** The sources --source accepts. */
    static final List<String> SOURCES = List.of("files", "tmdb-api");

    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "files",
            description = "Where films come from: files (a folder or CSV file, format recognised by its header) or "
                    + "tmdb-api (the live TMDB API: films of --from-year..--to-year with budget and revenue; needs "
                    + "TMDB_API_KEY or TMDB_READ_TOKEN). Default: ${DEFAULT-VALUE}.")
    String source;

    @Mixin TmdbSourceOptions tmdb;

    @Option(names = "--data", paramLabel = "DIR", description = "With --source files: folder of the TMDB 5000 CSVs "
            + "(or a Bollywood CSV); default $BOXOFFICE_DATA, else $BOXOFFICE_HOME/data.")
    Path data;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + FeatureStore.DEFAULT_BATCH_SIZE,
            description = "Movies per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        AppConfig config = root.config();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ("tmdb-api".equals(source)) {
            // not through load(): the API job commits small batches while it fetches, so a kill loses minutes
            // of requests at most and a re-run skips what is stored, instead of fetching everything first
            tmdb.run(config, () -> StoreHandle.open(config, root.clock()).features(), out, err);
            return ExitCode.OK.code();
        }
        LoadedMovies loaded = load(config, err);
        StoreHandle store = StoreHandle.open(config, root.clock());
        print(out, ingest(loaded, store, root, batchSize, err), store);
        return ExitCode.OK.code();
    }

    /** Runs the ingest job with a progress bar on {@code err}; shared by train and quickstart. */
    static IngestReport ingest(LoadedMovies loaded, StoreHandle store, BoxofficeCommand root, int batchSize,
                               PrintWriter err) {
        ProgressBar bar = new ProgressBar(err, root.terminal());
        try {
            return new IngestJob(store.features(), root.clock(), batchSize).run(loaded, bar);
        } finally {
            bar.finish();
        }
    }

    /** The films of the chosen source. */
    private LoadedMovies load(AppConfig config, PrintWriter err) {
        long start = System.nanoTime();
        LoadedMovies loaded = switch (source) {
            case "files" -> new MovieFiles().load(DataLocation.require(data, config));
            default -> throw new IllegalArgumentException("--source must be one of " + String.join(", ", SOURCES)
                    + ", got " + source);
        };
        loaded.summaryLines().forEach(err::println);
        err.printf("read in %.1f s%n", (System.nanoTime() - start) / 1e9);
        err.flush();
        return loaded;
    }

    /** The counts on stdout, one "key: value" per line, rejected rows by reason. */
    static void print(PrintWriter out, IngestReport report, StoreHandle store) {
        out.printf("ingested %s into %s%n", report.source(), store.describe());
        out.printf("inserted: %d%nupdated: %d%nunchanged: %d%nrejected: %d%n", report.counts().inserted(),
                report.counts().updated(), report.counts().unchanged(), report.rejected());
        report.rejectedByReason().forEach((reason, n) -> out.printf("  %s: %d%n", reason, n));
        if (report.featureRows() == 0) {
            out.println("features: up to date (no film changed)");
        } else {
            out.printf("features: %d rows (%d films x %d feature sets)%n", report.featureRows(),
                    report.featureRows() / IngestJob.CURRENT_SETS, IngestJob.CURRENT_SETS);
        }
        out.printf("took %.1f s%n", report.seconds());
        out.flush();
    }
}
