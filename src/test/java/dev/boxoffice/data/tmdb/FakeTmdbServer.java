package dev.boxoffice.data.tmdb;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (random port) that plays TMDB v3 under {@code /3}: it checks the
 * credentials like TMDB (api_key parameter or Bearer header, else 401), serves fixture files or
 * computed bodies per path, answers unknown paths with TMDB's 404 body, and replays scripted
 * {@link Fault}s per path, one per request, before the normal reply. Every request is recorded.
 */
public final class FakeTmdbServer implements AutoCloseable {
    public static final String JSON = "application/json;charset=utf-8";

    /** A request as the fake saw it: path, first value of each query parameter, Authorization header. */
    public record Recorded(String path, Map<String, String> query, String authorization) {
    }

    /** A complete reply. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        public static Reply json(int status, String body) {
            return new Reply(status, JSON, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, contentType, body, h);
        }
    }

    private final Path fixtures;
    private final String apiKey;
    private final String readToken;
    private final Map<String, Function<Recorded, Reply>> routes = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new ArrayList<>();
    private final Javalin app;

    /** Starts a fake accepting {@code apiKey} (as api_key) and {@code readToken} (as Bearer); either may be null. */
    public FakeTmdbServer(Path fixtures, String apiKey, String readToken) {
        this.fixtures = fixtures;
        this.apiKey = apiKey;
        this.readToken = readToken;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
        });
        app.get("/*", this::handle);
        app.start("127.0.0.1", 0);
    }

    /** The test fixtures of this module, under src/test/resources/tmdb. */
    public static Path testFixtures() {
        try {
            return Path.of(FakeTmdbServer.class.getResource("/tmdb").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base URL to configure the client with, e.g. {@code http://127.0.0.1:41234/3}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port() + "/3";
    }

    /** A client of this server with these credentials that never really waits: manual clocks, no jitter. */
    public TmdbClient client(String apiKey, String token) {
        return new TmdbClient(TmdbConfig.of(baseUrl(), apiKey, token).withRequestsPerSecond(1000),
                new ManualTime(), new ManualTime(), () -> 0.5);
    }

    /** Serves fixture {@code file} with 200 for {@code GET /3<path>}. */
    public FakeTmdbServer fixture(String path, String file) {
        return route(path, r -> Reply.json(200, read(file)));
    }

    /** Serves a computed reply for {@code GET /3<path>}. */
    public FakeTmdbServer route(String path, Function<Recorded, Reply> reply) {
        routes.put("/3" + path, reply);
        return this;
    }

    /** Scripts faults for the next requests to {@code /3<path>}, in order, one per request. */
    public FakeTmdbServer enqueue(String path, Fault... script) {
        Deque<Fault> q = faults.computeIfAbsent("/3" + path, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addAll(List.of(script));
        }
        return this;
    }

    /** Scripts the same fault {@code times} times. */
    public FakeTmdbServer enqueue(String path, int times, Fault fault) {
        for (int i = 0; i < times; i++) enqueue(path, fault);
        return this;
    }

    /** Every request so far, in arrival order. */
    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** How many requests reached {@code /3<path>}. */
    public synchronized long count(String path) {
        return requests.stream().filter(r -> r.path().equals("/3" + path)).count();
    }

    /** A fixture file's text. */
    public String read(String file) {
        try {
            return Files.readString(fixtures.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(Context ctx) throws Exception {
        Map<String, String> query = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        Recorded rec = new Recorded(ctx.path(), Map.copyOf(query), ctx.header("Authorization"));
        synchronized (this) {
            requests.add(rec);
        }
        if (!authorized(rec)) {
            send(ctx, Reply.json(401, "{\"status_code\":7,\"status_message\":\"Invalid API key: You must be granted "
                    + "a valid key.\",\"success\":false}"));
            return;
        }
        Function<Recorded, Reply> route = routes.get(rec.path());
        Reply normal = route != null ? route.apply(rec) : Reply.json(404, "{\"success\":false,\"status_code\":34,"
                + "\"status_message\":\"The resource you requested could not be found.\"}");
        Deque<Fault> q = faults.get(rec.path());
        Fault fault = null;
        if (q != null) {
            synchronized (q) {
                fault = q.poll();
            }
        }
        if (fault == null) {
            send(ctx, normal);
        } else {
            fault.apply(ctx, normal, this);
        }
    }

    private boolean authorized(Recorded rec) {
        boolean byKey = apiKey != null && apiKey.equals(rec.query().get("api_key"));
        boolean byToken = readToken != null && ("Bearer " + readToken).equals(rec.authorization());
        return byKey || byToken;
    }

    static void send(Context ctx, Reply reply) {
        ctx.status(reply.status());
        reply.headers().forEach(ctx::header);
        if (reply.contentType() != null) ctx.contentType(reply.contentType());
        ctx.result(reply.body());
    }

    @Override
    public void close() {
        app.stop();
    }
}
