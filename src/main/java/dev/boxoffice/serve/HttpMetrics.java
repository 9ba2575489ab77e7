package dev.boxoffice.serve;

import dev.boxoffice.store.ModelCard;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's Prometheus metrics: a request counter and latency timer per route template, method and
 * status, a gauge per loaded model holding its version, and the JVM's memory, threads and CPU.
 */
final class HttpMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RequestMeters served = new RequestMeters(registry);
    /**
     * The warm-up's requests are recorded too, by the same code, into a registry never scraped: had they skipped
     * recording, the JIT would have compiled the request path without it, then recompiled it under the first
     * clients' load.
     */
    private final RequestMeters warmup = new RequestMeters(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    private final MultiGauge modelVersions;

    private record Meters(Counter count, Timer latency) {
    }

    /** A counter and a latency timer per route, method and status, made on first use. */
    private record RequestMeters(PrometheusMeterRegistry registry, Map<String, Meters> meters) {
        RequestMeters(PrometheusMeterRegistry registry) {
            this(registry, new ConcurrentHashMap<>());
        }

        void record(String route, String method, int status, float millis) {
            Meters m = meters.computeIfAbsent(route + ' ' + method + ' ' + status, this::register);
            m.count().increment();
            m.latency().record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
        }

        private Meters register(String key) {
            String[] parts = key.split(" ", 3);
            Tags tags = Tags.of("route", parts[0], "method", parts[1], "status", parts[2]);
            Counter count = Counter.builder("boxoffice_http_requests").description("HTTP requests answered")
                    .tags(tags).register(registry);
            Timer latency = Timer.builder("boxoffice_http_request_duration").description("Time to answer a request")
                    .tags(tags).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                    .register(registry);
            return new Meters(count, latency);
        }
    }

    HttpMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        modelVersions = MultiGauge.builder("boxoffice_model_version")
                .description("Version of each production model being served").register(registry);
    }

    /** The static files (the UI's assets, the docs' webjars) are found outside the router, so they are grouped by prefix. */
    private static String staticOrUnmatched(Context ctx) {
        if (ctx.statusCode() < 400) {
            if (ctx.path().startsWith("/ui/assets/")) return "/ui/assets/*";
            if (ctx.path().startsWith("/webjars/")) return "/webjars/*";
        }
        return "unmatched";
    }

    /** Records one finished request; the route is the template ("/movies/{tmdbId}"), never the raw path. */
    void record(Context ctx, float millis) {
        // no endpoint matched (404/405): the request never left the BEFORE phase, and the raw path is unbounded
        String route = ctx.handlerType() == HandlerType.BEFORE ? staticOrUnmatched(ctx) : ctx.endpointHandlerPath();
        (isWarmup(ctx) ? warmup : served).record(route, ctx.method().name(), ctx.statusCode(), millis);
    }

    /** The server's own warm-up traffic (marked, and from this machine) is not traffic to report. */
    private static boolean isWarmup(Context ctx) {
        if (ctx.header(Warmup.HEADER) == null) return false;
        String from = ctx.req().getRemoteAddr();
        return from.equals("127.0.0.1") || from.equals("0:0:0:0:0:0:0:1") || from.equals("::1");
    }

    /** Replaces the model gauges with the models now served. */
    void models(List<ModelCard> cards) {
        List<MultiGauge.Row<?>> rows = new java.util.ArrayList<>();
        for (ModelCard c : cards) {
            rows.add(MultiGauge.Row.of(Tags.of("name", c.name(), "task", c.task(), "profile", c.profile(),
                    "market", c.market()), c.version()));
        }
        modelVersions.register(rows, true);
    }

    /** The Prometheus text exposition. */
    String scrape() {
        return registry.scrape();
    }
}
