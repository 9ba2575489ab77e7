package dev.boxoffice.bench;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.ModelRegistration;
import dev.boxoffice.jobs.TrainJob;
import dev.boxoffice.jobs.TrainOptions;
import dev.boxoffice.jobs.TrainReport;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Fills the store of $BOXOFFICE_HOME (or $BOXOFFICE_DB) with the TMDB 5000 films of $BOXOFFICE_DATA and
 * production models of the given profiles (default pre-release and post-release), trained and promoted the
 * way {@code boxoffice train} does: the setup of the HTTP benchmarks in docs/benchmarks.md.
 */
public final class BenchModels {
    private BenchModels() {
    }

    public static void main(String[] args) {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        if (config.dataDir() == null) throw new IllegalArgumentException("set BOXOFFICE_DATA to the TMDB 5000 folder");
        Clock clock = Clock.systemUTC();
        Database db = Database.open(config.effectiveDatabaseUrl());
        FeatureStore store = new FeatureStore(db, clock);
        ModelRegistry registry = new ModelRegistry(db, clock);
        LoadedMovies loaded = new MovieFiles().load(config.dataDir());
        store.upsertMovies(loaded.movies());
        PrintWriter err = new PrintWriter(System.err, true);
        String[] profiles = args.length > 0 ? args : new String[] {"pre-release", "post-release"};
        for (String name : profiles) {
            Profile p = Profile.parse(name);
            TrainOptions options = new TrainOptions(p, null, TrainOptions.DEFAULT_SEED,
                    config.home().resolve("reports").resolve(p.cliName()), null, false, false);
            TrainReport report = new TrainJob(err).run(loaded.movies(), options);
            ModelRegistration.promoteBest(report,
                    ModelRegistration.registerAll(report, Movie.GLOBAL, registry, clock), registry)
                    .forEach(r -> err.println("promoted " + r.ref()));
        }
        err.println("store: " + db.redactedUrl() + " (" + Path.of(".").toAbsolutePath().normalize() + ")");
    }
}
