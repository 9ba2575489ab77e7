package dev.boxoffice.serve;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.ModelRegistration;
import dev.boxoffice.jobs.TrainJob;
import dev.boxoffice.jobs.TrainOptions;
import dev.boxoffice.jobs.TrainReport;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A real SQLite store in a test's directory holding the synthetic films and real models trained on them by
 * {@link TrainJob}, registered and promoted the way {@code boxoffice train} does.
 */
final class ServeStore {
    /** "Today" for every server test: after all synthetic releases. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final List<Movie> FILMS = ServeFilms.generate(400, 20_26);
    /** Training is the slow part and is deterministic, so each JVM trains each profile once. */
    private static final Map<Profile, TrainReport> TRAINED = new EnumMap<>(Profile.class);

    final Database db;
    final FeatureStore store;
    final ModelRegistry registry;

    private ServeStore(Path dir) {
        db = Database.open("jdbc:sqlite:" + dir.resolve("boxoffice.db"));
        store = new FeatureStore(db, CLOCK);
        registry = new ModelRegistry(db, CLOCK);
    }

    /** A store with the films only, no model. */
    static ServeStore empty(Path dir) {
        ServeStore s = new ServeStore(dir);
        s.store.upsertMovies(FILMS);
        return s;
    }

    /** A store with the films and production models of the given profiles. */
    static ServeStore withModels(Path dir, Profile... profiles) {
        ServeStore s = empty(dir);
        for (Profile p : profiles) s.trainAndPromote(p, dir);
        return s;
    }

    /** Registers the profile's models as new versions and promotes the best: what a retraining run does. */
    List<RegisteredModel> trainAndPromote(Profile profile, Path dir) {
        TrainReport report = trained(profile, dir);
        List<RegisteredModel> registered = ModelRegistration.registerAll(report, Movie.GLOBAL, registry, CLOCK);
        return ModelRegistration.promoteBest(report, registered, registry);
    }

    /** Starts the production server on a free port, polling the registry every 100 ms. */
    Javalin start() {
        return start(ServeConfig.defaults().withPort(0).withPollInterval(Duration.ofMillis(100)));
    }

    Javalin start(ServeConfig config) {
        return ApiServer.create(config, store, registry, CLOCK).start("127.0.0.1", 0);
    }

    static synchronized TrainReport trained(Profile profile, Path dir) {
        return TRAINED.computeIfAbsent(profile, p -> new TrainJob(new PrintWriter(new StringWriter()))
                .run(FILMS, new TrainOptions(p, null, 42, dir.resolve("reports-" + p.cliName()), null, false, false)));
    }
}
