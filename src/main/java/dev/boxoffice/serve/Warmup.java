package dev.boxoffice.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the server its own traffic right after it starts, until the JIT has compiled the request path (Jetty,
 * Javalin, Jackson, the features, the models, the explanations): on 2 cores the compiler is busy for about
 * 18 s of load, and until then /predict runs at a fraction of its warm rate with a p99 several times higher.
 * Warm-up requests carry {@link #HEADER} and are left out of the metrics. Nothing is sent while no model is in
 * production.
 */
public final class Warmup {
    /** The header that marks a warm-up request. */
    public static final String HEADER = "X-Boxoffice-Warmup";

    /** The JIT counts as settled once it compiled for less than this share of the last {@link #WINDOW}. */
    static final double SETTLED_COMPILE_SHARE = 0.05;
    static final Duration WINDOW = Duration.ofSeconds(2);
    /** Never shorter than this: right after start the compiler may not have been asked for anything yet. */
    static final Duration MINIMUM = Duration.ofSeconds(3);
    /** Every this many requests a client sends a batch, so /batch_predict's loops are compiled too. */
    private static final int BATCH_EVERY = 64;
    /** The reference API's example request. */
    private static final String REFERENCE = "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}";
    private static final String BATCH = "[" + String.join(",", Collections.nCopies(100, REFERENCE)) + "]";

    private static final List<String> BODIES = List.of(
            REFERENCE,
            "{\"runtime\": 136, \"budget\": 200000000, \"release_date\": \"2027-05-07\","
                    + " \"genres\": [\"Action\", \"Adventure\"], \"original_language\": \"en\","
                    + " \"cast\": [{\"name\": \"Warm Up\"}], \"crew\": [{\"name\": \"Warm Up\", \"job\": \"Director\"}]}",
            "{\"runtime\": 95, \"budget\": 3000000, \"release_date\": \"2026-10-01\", \"genres\": [\"Horror\"]}");

    private Warmup() {
    }

    /** What a warm-up did; {@code settled} says whether the JIT settled before the budget ran out. */
    public record Report(long requests, long answered, Duration took, boolean settled) {
    }

    /**
     * Sends warm-up requests to the server on {@code host}:{@code port} from {@code clients} keep-alive
     * connections until this JVM's JIT compiler has settled (see {@link JitActivity}) or {@code budget} has
     * passed; returns at once, having sent nothing, when /health does not answer 200. The server must run in
     * this JVM for the early stop; otherwise the warm-up lasts its budget.
     */
    public static Report run(String host, int port, Duration budget, int clients) throws InterruptedException {
        return run(host, port, budget, clients, JitActivity.ofThisJvm());
    }

    static Report run(String host, int port, Duration budget, int clients, JitActivity jit) throws InterruptedException {
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        try (WarmupConnection health = new WarmupConnection(host, port)) {
            if (health.exchange("GET", "/health", null) != 200) return new Report(0, 0, elapsed(start), false);
        } catch (IOException | RuntimeException e) {
            return new Report(0, 0, elapsed(start), false);
        }
        long deadline = start + budget.toNanos();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "serve-warmup");
            t.setDaemon(true);
            return t;
        });
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.execute(() -> {
                try (WarmupConnection connection = new WarmupConnection(host, port)) {
                    for (long i = offset; !stop.get() && System.nanoTime() < deadline; i++) {
                        boolean batch = i % BATCH_EVERY == BATCH_EVERY - 1;
                        byte[] body = (batch ? BATCH : BODIES.get((int) (i % BODIES.size()))).getBytes(StandardCharsets.UTF_8);
                        String path = batch ? "/batch_predict" : explained(i) ? "/predict" : "/predict?explain=false";
                        sent.incrementAndGet();
                        if (connection.exchange("POST", path, body) == 200) ok.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    // the server went away, refused or answered oddly: warming up is best effort
                }
            });
        }
        pool.shutdown();
        boolean settled = false;
        long windowStart = System.nanoTime();
        long compiledAtWindowStart = jit.compileMillis();
        while (!pool.awaitTermination(250, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            if (now - windowStart < WINDOW.toNanos()) continue;
            long compiled = jit.compileMillis();
            double share = (compiled - compiledAtWindowStart) / ((now - windowStart) / 1e6);
            if (jit.measurable() && now - start >= MINIMUM.toNanos() && share < SETTLED_COMPILE_SHARE) {
                settled = true;
                stop.set(true);
            }
            windowStart = now;
            compiledAtWindowStart = compiled;
        }
        return new Report(sent.get(), ok.get(), elapsed(start), settled);
    }

    /**
     * The reference request is mostly explained, as /predict is by default; the richer bodies rarely: their
     * model may hold a deep forest whose explanation takes milliseconds, and a few runs compile that path.
     */
    private static boolean explained(long i) {
        return i % BODIES.size() == 0 ? i % 4 != 3 : i % 32 == 1;
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
