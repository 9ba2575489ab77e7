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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code boxoffice quickstart}: from the downloaded TMDB 5000 files to models in production, on the defaults:
 * ingest, train and promote the pre-release, post-release and seed profiles, write their reports, summarise.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"From the TMDB 5000 files to models in production, in one command.",
                "Ingests the files, trains, registers and promotes the pre-release, post-release and seed models, "
                        + "writes their reports and plots under $BOXOFFICE_HOME/reports, and says what to do next."})
final class QuickstartCommand implements Callable<Integer> {
    /** The profiles trained, the ones a user will serve first. */
    static final List<Profile> PROFILES = List.of(Profile.PRE_RELEASE, Profile.POST_RELEASE, Profile.SEED);

    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the TMDB 5000 CSVs (default: $BOXOFFICE_DATA, else $BOXOFFICE_HOME/data).")
    Path data;

    @Option(names = "--seed", defaultValue = "" + TrainOptions.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-plots", description = "Skip the charts.")
    boolean noPlots;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        AppConfig config = root.config();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = DataLocation.require(data, config);
        LoadedMovies loaded = new MovieFiles().load(dir);
        loaded.summaryLines().forEach(err::println);
        StoreHandle store = StoreHandle.open(config, root.clock());
        IngestReport ingest = IngestCommand.ingest(loaded, store, root, FeatureStore.DEFAULT_BATCH_SIZE, err);
        List<Movie> movies = storedGlobalFilms(loaded, store);
        if (movies.isEmpty()) {
            throw new IllegalArgumentException(dir.toAbsolutePath() + " holds no films of the global market to train on;"
                    + " quickstart expects the TMDB 5000 files");
        }
        Path reports = config.home().resolve("reports");
        List<TrainOutcome> outcomes = new ArrayList<>();
        RegisteredTraining training = new RegisteredTraining(store.registry(), root.clock(), err);
        for (Profile p : PROFILES) {
            // the same defaults as train: films with implausible money stay out of fitting except for seed
            TrainOptions options = new TrainOptions(p, null, seed, reports.resolve(p.cliName()), null, p != Profile.SEED,
                    !noPlots);
            outcomes.add(training.run(movies, options, Movie.GLOBAL, true));
        }
        summarise(out, store, ingest, outcomes, reports, (System.nanoTime() - start) / 1e9);
        return ExitCode.OK.code();
    }

    /**
     * The global films of the store. When the store holds exactly the films just ingested (a first run), they
     * are those films as loaded, which saves reading them back (seconds on TMDB 5000).
     */
    private static List<Movie> storedGlobalFilms(LoadedMovies loaded, StoreHandle store) {
        boolean onlyLoaded = store.features().stats().rows("movies") == loaded.movies().size();
        if (onlyLoaded && loaded.movies().stream().allMatch(m -> Movie.GLOBAL.equals(m.market()))) return loaded.movies();
        return store.features().loadMovies(Movie.GLOBAL);
    }

    private void summarise(PrintWriter out, StoreHandle store, IngestReport ingest, List<TrainOutcome> outcomes,
                           Path reports, double seconds) {
        out.printf(Locale.ROOT, "boxoffice quickstart done in %.0f s%n%n", seconds);
        out.printf("store: %s%n", store.describe());
        out.printf("  films: %d inserted, %d updated, %d unchanged, %d rows rejected by the reader%n",
                ingest.counts().inserted(), ingest.counts().updated(), ingest.counts().unchanged(), ingest.rejected());
        out.println();
        for (TrainOutcome o : outcomes) {
            out.printf("%s (%d films, test %d):%n", o.report().profile(), o.report().rows().total(), o.report().rows().test());
            out.printf("  revenue: %s in production, test RMSE %.3f (log1p dollars)%n", o.bestRegressor().ref(),
                    o.report().bestRegressor().metric("test", "rmse"));
            out.printf("  hit:     %s in production, test AUC %.3f%n", o.bestClassifier().ref(),
                    o.report().bestClassifier().metric("test", "auc"));
            out.printf("  report:  %s%n", o.options().effectiveReportJson());
            if (!noPlots) out.printf("  plots:   %s%n", o.options().reportDir().resolve("plots"));
        }
        out.println();
        out.printf("reports, models and plots are under %s%n", reports);
        out.println("next:");
        out.println("  boxoffice serve                      # the HTTP API and web page, on the production models");
        out.println("  boxoffice predict --input movies.csv --output predictions.csv");
        out.println("  boxoffice models list                # every registered model and its figures");
        out.flush();
    }
}
