package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.server.Request;

/**
 * The HTTP API over the production models: /predict, /batch_predict, the store's films and predictions, the
 * registry, the training plots, health, metrics, the OpenAPI documentation and the web UI under /ui/. A background watcher swaps in newly promoted
 * models without a restart; requests in flight finish on the models they started with.
 */
public final class ApiServer {
    private ApiServer() {
    }

    /**
     * Builds the server (not yet started: call {@code start(host, port)}, or {@code start(0)} in tests). The
     * production models are loaded before this returns when the registry has any; the watcher that picks up
     * promotions runs while the server runs and stops with it.
     */
    public static Javalin create(ServeConfig config, FeatureStore store, ModelRegistry registry, Clock clock) {
        return create(config, store, registry, clock, null);
    }

    /**
     * As {@link #create(ServeConfig, FeatureStore, ModelRegistry, Clock)}, with TMDB's own title search and film
     * details for the web UI's search page when {@code tmdb} is not null.
     */
    public static Javalin create(ServeConfig config, FeatureStore store, ModelRegistry registry, Clock clock,
                                 TmdbClient tmdb) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
        ObjectMapper json = mapper();
        HttpMetrics metrics = new HttpMetrics();
        ModelWatcher watcher = new ModelWatcher(store, registry, clock, config.pollInterval(),
                live -> metrics.models(live.models().cards()));
        watcher.refresh();
        PredictHandlers predict = new PredictHandlers(watcher, json, clock, config);
        StoreHandlers stored = new StoreHandlers(store, registry, watcher, clock);
        StatusHandlers status = new StatusHandlers(registry, watcher);
        ReportHandlers reports = new ReportHandlers(config.reportsDir());
        TmdbHandlers fromTmdb = new TmdbHandlers(tmdb, store);
        boolean hasUi = UiRoutes.present();

        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.useVirtualThreads = false;   // platform threads measured faster for this CPU-bound work
            c.jetty.threadPool = threadPool(config.threads());
            c.jetty.modifyServer(server -> EventLoopConnector.install(server, config.threads(), ApiServer::quick));
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.jsonMapper(new JavalinJackson(json, false));
            c.staticFiles.enableWebjars();
            if (hasUi) {
                c.staticFiles.add(s -> {
                    s.hostedPath = "/ui/assets";
                    s.directory = "/ui/assets";
                    s.location = Location.CLASSPATH;
                });
            }
            c.requestLogger.http(metrics::record);
            c.events.serverStarted(watcher::start);
            c.events.serverStopped(watcher::close);
        });
        ErrorMapping.install(app);
        app.get("/", status::root);
        app.get("/health", status::health);
        app.post("/predict", predict::predict);
        app.post("/batch_predict", predict::batch);
        app.get("/movies", stored::search);
        app.get("/movies/{tmdbId}", stored::movie);
        app.get("/upcoming", stored::upcoming);
        app.get("/models", stored::models);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        app.get("/tmdb/search", fromTmdb::search);
        app.get("/tmdb/movies/{tmdbId}", fromTmdb::movie);
        app.get("/reports", reports::list);
        app.get("/reports/{profile}/plots/{file}", reports::plot);
        DocsRoutes.install(app);
        UiRoutes.install(app, config, fromTmdb.available());
        return app;
    }

    /**
     * The requests answered on the selector thread that read them ({@link EventLoopConnector}): /predict, which
     * only computes and answers a kilobyte. Everything else may touch the store, the network or megabytes.
     */
    static boolean quick(Request request) {
        return "/predict".equals(request.getRequestURI()) && "POST".equals(request.getMethod());
    }

    /**
     * A fixed pool: threads are started once, never torn down and re-made under bursts, and Jetty gets no
     * reserved threads ({@link FixedThreadPool} says why). Besides {@code threads} workers it holds each
     * connector's acceptor and {@code threads} selectors, twice over: {@code serve} opens its public connector
     * before it closes the warm-up one.
     */
    private static FixedThreadPool threadPool(int threads) {
        return new FixedThreadPool("boxoffice-http", threads + 2 * (1 + threads));
    }

    /** The one JSON mapper: NaN and Infinity parse (so validation can name the field), trailing junk does not. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)   // Schubfach: the hot path writes ~10 doubles
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
