package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An SQLite store holding {@value #FILMS} synthetic Hindi films and, in production, the pre-release models
 * of the Hindi market trained on them by the real {@link TrainJob} and {@link ModelRegistration}. Built once
 * per test class as a template file; each test works on its own copy.
 */
public final class TrainedStore {
    public static final int FILMS = 240;
    public static final Clock TRAINED_AT = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    private final Path template;

    private TrainedStore(Path template) {
        this.template = template;
    }

    /** Trains and registers the models into {@code dir/template.db}. */
    public static TrainedStore build(Path dir) {
        Path file = dir.resolve("template.db");
        Database db = Database.open(url(file));
        FeatureStore store = new FeatureStore(db, TRAINED_AT);
        java.util.List<Movie> films = HindiFilms.released(FILMS, 7);
        store.upsertMovies(films);
        TrainReport report = new TrainJob(new PrintWriter(new StringWriter())).run(films,
                new TrainOptions(Profile.PRE_RELEASE, null, 42, dir.resolve("report"), null, false, false));
        ModelRegistry registry = new ModelRegistry(db, TRAINED_AT);
        ModelRegistration.promoteBest(report, ModelRegistration.registerAll(report, Movie.HINDI, registry, TRAINED_AT),
                registry);
        return new TrainedStore(file);
    }

    /** A fresh copy of the template at {@code target}; returns its JDBC URL. */
    public String copyTo(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(template, target);
        return url(target);
    }

    public static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }
}
