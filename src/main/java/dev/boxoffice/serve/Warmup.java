package dev.boxoffice.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
    private static final String BATCH = "[" + String.join(",", Collections.nCopies(100,
            "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}")) + "]";

    private static final List<String> BODIES = List.of(
            "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}",
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
        try (Connection health = new Connection(host, port)) {
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
                try (Connection connection = new Connection(host, port)) {
                    for (long i = offset; !stop.get() && System.nanoTime() < deadline; i++) {
                        boolean batch = i % BATCH_EVERY == BATCH_EVERY - 1;
                        byte[] body = (batch ? BATCH : BODIES.get((int) (i % BODIES.size()))).getBytes(StandardCharsets.UTF_8);
                        String path = batch ? "/batch_predict" : i % 4 == 3 ? "/predict?explain=false" : "/predict";
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

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * One keep-alive HTTP/1.1 connection writing each request in a single packet (no Nagle delay between
     * headers and body, which held the JDK's clients to a few hundred requests a second) and reading each
     * answer to its Content-Length.
     */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String host;

        Connection(String host, int port) throws IOException {
            this.host = host;
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress(host, port), 2_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        int exchange(String method, String path, byte[] body) throws IOException {
            int length = body == null ? 0 : body.length;
            byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + HEADER + ": true\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + length);
            if (body != null) System.arraycopy(body, 0, request, head.length, length);
            out.write(request);
            out.flush();
            String status = line();
            long contentLength = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    contentLength = Long.parseLong(header.substring(15).trim());
                } else if (header.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
                    chunked = header.substring(18).trim().equalsIgnoreCase("chunked");
                }
            }
            if (chunked) {
                skipChunks();
            } else if (contentLength >= 0) {
                in.skipNBytes(contentLength);
            } else {
                // an answer delimited by closing the connection: this connection is done
                throw new IOException("answer without Content-Length: " + status);
            }
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[1].matches("\\d{3}")) throw new IOException("not an HTTP status line: " + status);
            return Integer.parseInt(parts[1]);
        }

        /** A chunked body (as /batch_predict's larger answers come): hex size lines, then the empty trailer. */
        private void skipChunks() throws IOException {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                in.skipNBytes(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailer fields, if any
            }
        }

        private long chunkSize() throws IOException {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            try {
                return Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("not a chunk size: " + sizeLine, e);
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int ch = in.read(); ch != '\n'; ch = in.read()) {
                if (ch < 0) throw new IOException("connection closed");
                if (ch != '\r') b.append((char) ch);
            }
            return b.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
