package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.tmdb.RetryPolicy;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.serve.ApiServer;
import dev.boxoffice.serve.PublicPort;
import dev.boxoffice.serve.ServeConfig;
import dev.boxoffice.serve.Warmup;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.jobs.WeeklySchedule;
import io.javalin.Javalin;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boxoffice serve}: the HTTP API over the store's production models, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the production models over HTTP (/predict, /batch_predict, /docs ...); newly promoted "
                + "models are swapped in without a restart.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "" + ServeConfig.DEFAULT_PORT, description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServeConfig.DEFAULT_HOST, description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--max-batch", defaultValue = "" + ServeConfig.DEFAULT_MAX_BATCH,
            description = "Most movies per /batch_predict (default: ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(names = "--max-body-bytes", defaultValue = "" + ServeConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--poll-seconds", defaultValue = "5", description = "How often to look for promoted models (default: ${DEFAULT-VALUE}).")
    double pollSeconds;

    @Option(names = "--weekly", paramLabel = "\"DAY HH:MM\"",
            description = "Also run the weekly predictions (boxoffice weekly with its defaults: Hindi films released "
                    + "in India in the coming 7 days) every week at this time of the machine's time zone, e.g. "
                    + "\"MON 06:00\". Default: never.")
    String weekly;

    @Option(names = "--poster-base-url", defaultValue = ServeConfig.DEFAULT_POSTER_BASE_URL,
            description = "Base the web UI puts before TMDB poster paths (default: ${DEFAULT-VALUE}).")
    String posterBaseUrl;

    @Option(names = "--reports-dir", paramLabel = "DIR",
            description = "Training reports whose plots the web UI shows, as DIR/PROFILE/plots/*.png (default: $BOXOFFICE_HOME/reports).")
    Path reportsDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Selector threads answering /predict where they read it, and as many workers for "
                    + "every other request (default: 4 per core, at least 8). Scoring is CPU-bound: more threads "
                    + "than that only add context switches.")
    Integer threads;

    @Option(names = "--warmup-seconds", defaultValue = "30", paramLabel = "S",
            description = "Before opening the port, send the server its own /predict traffic on a loopback port until "
                    + "the JIT compiler has settled, for at most S seconds (default: ${DEFAULT-VALUE}; about 20 s on "
                    + "2 cores), so the first clients meet compiled code. 0: open the port at once. Not counted in /metrics.")
    double warmupSeconds;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = root.config();
        ServeConfig serve = ServeConfig.builder().host(host).port(port).maxBatch(maxBatch).maxBodyBytes(maxBodyBytes)
                .pollInterval(Duration.ofMillis(Math.round(pollSeconds * 1000)))
                .reportsDir(reportsDir != null ? reportsDir : config.home().resolve("reports"))
                .posterBaseUrl(posterBaseUrl).threads(threads == null ? ServeConfig.DEFAULT_THREADS : threads).build();
        // parsed before anything starts, so a bad schedule is a usage error (exit 2), not a server without one
        WeeklySchedule schedule = weekly == null ? null : WeeklySchedule.parse(weekly, ZoneId.systemDefault());
        Database db = Database.open(config.effectiveDatabaseUrl());
        Clock clock = Clock.systemUTC();
        Javalin app = ApiServer.create(serve, new FeatureStore(db, clock), new ModelRegistry(db, clock), clock, tmdb(config));
        CountDownLatch stopped = new CountDownLatch(1);
        ScheduledExecutorService scheduler = schedule == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "weekly-predictions");
            t.setDaemon(true);
            return t;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (scheduler != null) scheduler.shutdownNow();
            app.stop();
            stopped.countDown();
        }, "serve-shutdown"));
        boolean warm = warmupSeconds > 0;
        if (warm) {
            listenOrFail(() -> PublicPort.checkFree(host, port));
            app.start("127.0.0.1", 0);
            warmUp(app.port());
            listenOrFail(() -> PublicPort.open(app, host, port));
        } else {
            app.start(host, port);
        }
        spec.commandLine().getErr().printf("boxoffice: serving %s on http://%s:%d (web UI at /ui/, docs at /docs)%n",
                db.redactedUrl(), host, app.port());
        if (schedule != null) {
            schedule.start(scheduler, clock, WeeklyCommand.scheduledRun(config, clock, spec.commandLine().getErr()));
            spec.commandLine().getErr().printf("boxoffice: weekly predictions %s %s (%s), next at %s%n", schedule.day(),
                    schedule.time(), schedule.zone(), schedule.nextRunAfter(clock.instant()));
        }
        spec.commandLine().getErr().flush();
        stopped.await();
        return ExitCode.OK.code();
    }

    private void warmUp(int loopbackPort) throws InterruptedException {
        spec.commandLine().getErr().printf("boxoffice: warming up for at most %.0f s before opening port %d "
                + "(--warmup-seconds 0 opens it at once)%n", warmupSeconds, port);
        spec.commandLine().getErr().flush();
        Warmup.Report r = Warmup.run("127.0.0.1", loopbackPort, Duration.ofMillis(Math.round(warmupSeconds * 1000)), 4);
        if (r.requests() == 0) {
            spec.commandLine().getErr().println("boxoffice: no production model yet; warm-up skipped");
        } else {
            spec.commandLine().getErr().printf("boxoffice: warmed up with %,d requests in %.1f s (%,d answered 200; %s)%n",
                    r.requests(), r.took().toMillis() / 1000.0, r.answered(),
                    r.settled() ? "the JIT compiler has settled" : "time was up before the JIT compiler settled");
        }
        spec.commandLine().getErr().flush();
    }

    /** A port that cannot be bound is the user's to fix (another server on it, or an address not on this machine). */
    private static void listenOrFail(Runnable listen) {
        try {
            listen.run();
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCode.INVALID_INPUT, e.getMessage());
        }
    }

    /** TMDB for the web UI's search when credentials are set: one quick retry, so a page never waits long. */
    private static TmdbClient tmdb(AppConfig config) {
        if (config.tmdbApiKey() == null && config.tmdbReadToken() == null) return null;
        return new TmdbClient(TmdbConfig.from(config)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(5)))
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5)));
    }
}
