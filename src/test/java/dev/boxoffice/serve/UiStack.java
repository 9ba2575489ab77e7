package dev.boxoffice.serve;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.ReportWriter;
import dev.boxoffice.jobs.TrainOptions;
import dev.boxoffice.store.PredictionRecord;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The production server as the web UI sees it: the synthetic films with pre-release models, the training
 * plots {@code boxoffice train} draws, three upcoming films with stored predictions (one without a poster)
 * and a stored prediction of a released film. Posters come from this server too, so a page loads with no
 * internet and without a failed request.
 */
final class UiStack {
    static final String POSTERS = "/test-posters";
    static final long RELEASED_WITH_PREDICTION = 12;
    static final List<Movie> UPCOMING = List.of(
            upcoming(90_001, "Coming Soon", LocalDate.of(2026, 8, 14), "/coming-soon.svg"),
            upcoming(90_002, "The Long Summer", LocalDate.of(2026, 12, 18), "/long-summer.svg"),
            upcoming(90_003, "Untitled Sequel", LocalDate.of(2026, 7, 3), null));

    final ServeStore s;
    final Javalin app;
    final Http http;
    final Path reports;

    private UiStack(ServeStore s, Javalin app, Path reports) {
        this.s = s;
        this.app = app;
        this.http = new Http(app.port());
        this.reports = reports;
    }

    /** The full stack in {@code dir}, started on a free port. */
    static UiStack start(Path dir) {
        ServeStore s = ServeStore.withModels(dir, Profile.PRE_RELEASE);
        Path reports = dir.resolve("reports");
        ReportWriter.write(ServeStore.trained(Profile.PRE_RELEASE, dir), new TrainOptions(Profile.PRE_RELEASE, null, 42,
                reports.resolve(Profile.PRE_RELEASE.cliName()), null, false, true));
        s.store.upsertMovies(UPCOMING);
        double revenue = 1.1e8;
        for (Movie m : UPCOMING) {
            s.store.savePrediction(new PredictionRecord(m.id(), "pre-release.xgboost", 1, revenue, revenue * 0.45,
                    revenue * 2.2, 0.62, Instant.parse("2026-05-30T00:00:00Z")));
            revenue *= 1.7;
        }
        s.store.savePrediction(new PredictionRecord(RELEASED_WITH_PREDICTION, "pre-release.xgboost", 1, 4.2e7, 2e7,
                9e7, 0.35, Instant.parse("2026-05-01T00:00:00Z")));
        return new UiStack(s, start(s, reports), reports);
    }

    /** A server over an empty store: no models, no predictions. */
    static UiStack empty(Path dir) {
        ServeStore s = ServeStore.empty(dir);
        return new UiStack(s, start(s, null), null);
    }

    private static Javalin start(ServeStore s, Path reports) {
        ServeConfig config = ServeConfig.defaults().withPort(0).withPollInterval(Duration.ofMillis(100))
                .withReportsDir(reports).withPosterBaseUrl(POSTERS);
        Javalin app = ApiServer.create(config, s.store, s.registry, ServeStore.CLOCK);
        app.get(POSTERS + "/{file}", ctx -> ctx.contentType("image/svg+xml").result(poster(ctx.pathParam("file"))));
        return app.start("127.0.0.1", 0);
    }

    private static Movie upcoming(long id, String title, LocalDate release, String poster) {
        return Movie.builder(id, title).releaseDate(release).budgetUsd(80_000_000L).runtimeMinutes(118.0)
                .genres(List.of("Action", "Adventure")).originalLanguage("en").posterPath(poster)
                .status("Post Production").build();
    }

    /** A stand-in poster: a coloured card with the file's name. */
    private static String poster(String file) {
        String name = file.replaceFirst("\\.svg$", "").replaceAll("[^a-z-]", " ");
        int hue = Math.floorMod(name.hashCode(), 360);
        return "<svg xmlns='http://www.w3.org/2000/svg' width='342' height='513'><rect width='342' height='513' fill='hsl("
                + hue + ",45%,40%)'/><text x='171' y='260' font-family='sans-serif' font-size='26' fill='white'"
                + " text-anchor='middle'>" + name + "</text></svg>";
    }
}
