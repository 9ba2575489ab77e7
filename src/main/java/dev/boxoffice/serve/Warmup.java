package dev.boxoffice.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the server a few seconds of its own traffic right after it starts, so the JIT has compiled the request
 * path (Jetty, Javalin, Jackson, the features, the models, the explanations) before the first client arrives:
 * cold, the first 15 s of /predict ran at half the warm rate with a p99 five times higher. Warm-up requests
 * carry {@link #HEADER} and are left out of the metrics. Nothing is sent while no model is in production.
 */
public final class Warmup {
    /** The header that marks a warm-up request. */
    public static final String HEADER = "X-Boxoffice-Warmup";

    private static final List<String> BODIES = List.of(
            "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}",
            "{\"runtime\": 136, \"budget\": 200000000, \"release_date\": \"2027-05-07\","
                    + " \"genres\": [\"Action\", \"Adventure\"], \"original_language\": \"en\","
                    + " \"cast\": [{\"name\": \"Warm Up\"}], \"crew\": [{\"name\": \"Warm Up\", \"job\": \"Director\"}]}",
            "{\"runtime\": 95, \"budget\": 3000000, \"release_date\": \"2026-10-01\", \"genres\": [\"Horror\"]}");

    private Warmup() {
    }

    /** What a warm-up did. */
    public record Report(long requests, long answered, Duration took) {
    }

    /**
     * Sends warm-up requests to the server on {@code host}:{@code port} from {@code clients} keep-alive
     * connections until {@code budget} has passed; returns at once, having sent nothing, when /health does not
     * answer 200.
     */
    public static Report run(String host, int port, Duration budget, int clients) throws InterruptedException {
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        try (Connection health = new Connection(host, port)) {
            if (health.exchange("GET", "/health", null) != 200) return new Report(0, 0, elapsed(start));
        } catch (IOException | RuntimeException e) {
            return new Report(0, 0, elapsed(start));
        }
        long deadline = start + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "serve-warmup");
            t.setDaemon(true);
            return t;
        });
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.execute(() -> {
                try (Connection connection = new Connection(host, port)) {
                    for (long i = offset; System.nanoTime() < deadline; i++) {
                        byte[] body = BODIES.get((int) (i % BODIES.size())).getBytes(StandardCharsets.UTF_8);
                        sent.incrementAndGet();
                        if (connection.exchange("POST", i % 4 == 3 ? "/predict?explain=false" : "/predict", body) == 200) {
                            ok.incrementAndGet();
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the server went away, refused or answered oddly: warming up is best effort
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(budget.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        return new Report(sent.get(), ok.get(), elapsed(start));
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
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    contentLength = Long.parseLong(header.substring(15).trim());
                }
            }
            // an answer without a length (chunked) cannot be skipped reliably: this connection is done
            if (contentLength < 0) throw new IOException("answer without Content-Length: " + status);
            in.skipNBytes(contentLength);
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[1].matches("\\d{3}")) throw new IOException("not an HTTP status line: " + status);
            return Integer.parseInt(parts[1]);
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
