package dev.boxoffice.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * The traffic is shaped like clients' (see {@link #request}), so that theirs does not send the JIT back to work.
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
    /** Every this many requests a client asks for /health, and for the JSON status at /. */
    private static final int STATUS_EVERY = 50;
    /** A client opens a new connection after this many requests, as clients come and go. */
    static final int REQUESTS_PER_CONNECTION = 500;
    private static final List<byte[]> BODIES = WarmupFilms.all().stream().map(Warmup::utf8).toList();
    private static final byte[] BATCH = utf8(WarmupFilms.batch(100));

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
                long i = offset;
                try {
                    while (!stop.get() && System.nanoTime() < deadline) {
                        // a new connection now and then, so accepting and closing are compiled as clients use them
                        try (WarmupConnection connection = new WarmupConnection(host, port)) {
                            long end = i + REQUESTS_PER_CONNECTION;
                            for (; i < end && !stop.get() && System.nanoTime() < deadline; i++) {
                                Request r = request(i, i == end - 1);
                                sent.incrementAndGet();
                                int status = connection.exchange(r.method(), r.path(), r.body(), r.headers());
                                if (status == 200) ok.incrementAndGet();
                            }
                        }
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

    record Request(String method, String path, byte[] body, String headers) {
    }

    /**
     * The {@code i}th request of a client: mostly predictions of {@link WarmupFilms}, now and then a batch or a
     * status check, with the header sets of different clients (curl's, one asking for gzip, wrk's none), and
     * "Connection: close" on half the connections' last requests. Traffic the JIT never saw during the warm-up
     * would make it throw compiled code away, and compile again, when the first clients come.
     */
    static Request request(long i, boolean last) {
        String headers = (i % 7 < 3 ? "User-Agent: boxoffice-warmup/1\r\nAccept: */*\r\n" : "")
                + (i % 5 == 0 ? "Accept-Encoding: gzip, deflate\r\n" : "");
        if (last) {
            // a single prediction, whose answer has a Content-Length however the connection ends
            String close = i % 2 == 0 ? "Connection: close\r\n" : "";
            return new Request("POST", "/predict", BODIES.get(0), headers + close);
        }
        if (i % BATCH_EVERY == BATCH_EVERY - 1) return new Request("POST", "/batch_predict", BATCH, headers);
        if (i % STATUS_EVERY == 7) return new Request("GET", "/health", null, headers);
        if (i % STATUS_EVERY == 23) return new Request("GET", "/", null, headers + "Accept: application/json\r\n");
        int film = (int) (i % BODIES.size());
        String path = explained(i, film) ? "/predict" : "/predict?explain=false";
        return new Request("POST", path, BODIES.get(film), headers);
    }

    /**
     * The reference shape is mostly explained, as /predict is by default; the pre-release shapes rarely: their
     * model may hold a deep forest whose explanation takes milliseconds, and a few runs compile that path.
     */
    private static boolean explained(long i, int film) {
        return film % WarmupFilms.SHAPES == 0 ? i % 4 != 3 : i % 32 == 1;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
