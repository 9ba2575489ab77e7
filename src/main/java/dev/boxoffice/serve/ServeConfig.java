package dev.boxoffice.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the API server runs: where it listens, how large a request may be, and how often it looks for newly
 * promoted models.
 *
 * @param host interface to bind, e.g. 127.0.0.1
 * @param port TCP port; 0 picks a free one
 * @param maxBatch most movies one /batch_predict may carry (more is answered 413)
 * @param maxBodyBytes largest request body accepted (more is answered 413)
 * @param pollInterval how often the registry is checked for a changed set of production models
 * @param reportsDir the training reports, {@code <profile>/plots/*.png} under it; null when there are none
 * @param posterBaseUrl what the web UI puts before a film's TMDB poster path (absolute, or a path on this server)
 * @param threads how many selector threads answer /predict where they read it, and how many worker threads run
 *                every other request
 */
public record ServeConfig(String host, int port, int maxBatch, long maxBodyBytes, Duration pollInterval,
                          Path reportsDir, String posterBaseUrl, int threads) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    public static final int DEFAULT_MAX_BATCH = 10_000;
    /** 10,000 movies with a few credits each fit in well under 16 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);
    /** TMDB's image host with its 342-pixel-wide poster size, the one the cards show. */
    public static final String DEFAULT_POSTER_BASE_URL = "https://image.tmdb.org/t/p/w342";
    /**
     * Four per core, at least 8. Scoring is CPU-bound, so more threads only add context switches: on 2 cores
     * 8 selectors served /predict faster, with a lower p99, than 4 or 16, and 8 workers than 6, 12, 16 or
     * Javalin's 250 (docs/benchmarks.md). Slow handlers (TMDB search for the web UI) are why it is not lower.
     */
    public static final int DEFAULT_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** A few selectors, so a long /predict holds up few connections, and a few workers. */
    public static final int MIN_THREADS = 4;

    public ServeConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        if (maxBatch < 1) throw new IllegalArgumentException("maxBatch must be >= 1, got " + maxBatch);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
        }
        Objects.requireNonNull(posterBaseUrl, "posterBaseUrl");
        if (!posterBaseUrl.startsWith("https://") && !posterBaseUrl.startsWith("http://") && !posterBaseUrl.startsWith("/")) {
            throw new IllegalArgumentException("posterBaseUrl must be an http(s) URL or a path starting with /, got "
                    + posterBaseUrl);
        }
        if (threads < MIN_THREADS) throw new IllegalArgumentException("threads must be >= " + MIN_THREADS + ", got " + threads);
        posterBaseUrl = posterBaseUrl.endsWith("/") ? posterBaseUrl.substring(0, posterBaseUrl.length() - 1) : posterBaseUrl;
    }

    /** The defaults: 127.0.0.1:8000, batches of 10,000, 16 MB bodies, a 5 s registry poll, TMDB's posters. */
    public static ServeConfig defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}, without training reports. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().host(host).port(port).maxBatch(maxBatch).maxBodyBytes(maxBodyBytes)
                .pollInterval(pollInterval).reportsDir(reportsDir).posterBaseUrl(posterBaseUrl).threads(threads);
    }

    /** This configuration listening on another port. */
    public ServeConfig withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    /** This configuration polling the registry at another interval. */
    public ServeConfig withPollInterval(Duration interval) {
        return toBuilder().pollInterval(interval).build();
    }

    /** This configuration with another batch limit. */
    public ServeConfig withMaxBatch(int newMaxBatch) {
        return toBuilder().maxBatch(newMaxBatch).build();
    }

    /** This configuration showing the training plots found under {@code dir} (null: none). */
    public ServeConfig withReportsDir(Path dir) {
        return toBuilder().reportsDir(dir).build();
    }

    /** This configuration with a thread pool of {@code n} threads. */
    public ServeConfig withThreads(int n) {
        return toBuilder().threads(n).build();
    }

    /** This configuration building poster URLs on another base. */
    public ServeConfig withPosterBaseUrl(String base) {
        return toBuilder().posterBaseUrl(base).build();
    }

    /** Collects the settings of one {@link ServeConfig}; {@link #build()} validates them all at once. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private int maxBatch = DEFAULT_MAX_BATCH;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Path reportsDir;
        private String posterBaseUrl = DEFAULT_POSTER_BASE_URL;
        private int threads = DEFAULT_THREADS;

        private Builder() {
        }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder maxBatch(int v) { maxBatch = v; return this; }
        public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }
        public Builder pollInterval(Duration v) { pollInterval = v; return this; }
        public Builder reportsDir(Path v) { reportsDir = v; return this; }
        public Builder posterBaseUrl(String v) { posterBaseUrl = v; return this; }
        public Builder threads(int v) { threads = v; return this; }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when a setting is out of range (see {@link ServeConfig})
         */
        public ServeConfig build() {
            return new ServeConfig(host, port, maxBatch, maxBodyBytes, pollInterval, reportsDir, posterBaseUrl, threads);
        }
    }
}
