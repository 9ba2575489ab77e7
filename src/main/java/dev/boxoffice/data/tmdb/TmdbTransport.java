package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends GETs to TMDB and returns the JSON object, applying the rate limit before every request and the
 * retry policy after every transient failure. The only code that sees a credential in a URL or header.
 */
final class TmdbTransport {
    private static final Logger LOG = LoggerFactory.getLogger(TmdbTransport.class);
    /** Far above any TMDB body (the biggest, details with appended credits, is ~200 KB). */
    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private final TmdbConfig config;
    private final RetryPolicy policy;
    private final RateLimiter limiter;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final ResponseClassifier classifier;
    private final ExchangeRunner exchange;

    TmdbTransport(TmdbConfig config, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        this.config = config;
        this.policy = config.retryPolicy();
        this.limiter = new RateLimiter(config.requestsPerSecond(), Math.max(1, (int) (config.requestsPerSecond() / 4)),
                clock, sleeper);
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.classifier = new ResponseClassifier(json, clock, config::redact);
        this.exchange = new ExchangeRunner(http, config.requestTimeout(), new BoundedBodyHandler(MAX_BODY_BYTES),
                config.secrets());
    }

    /** The JSON object TMDB returned for {@code request}; throws {@link TmdbException} when giving up. */
    JsonNode get(TmdbRequest request) {
        HttpRequest httpRequest = build(request);
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                limiter.acquire();
            } catch (InterruptedException e) {
                throw interrupted(request, attempt - 1);
            }
            Duration budgetLeft = policy.totalBudget().minus(Duration.between(start, clock.instant()));
            AttemptResult result = exchange.run(httpRequest, classifier, budgetLeft);
            if (result.json() != null) {
                return result.json();
            }
            Failure failure = result.failure();
            if (failure.kind() == TmdbException.Kind.NETWORK && Thread.currentThread().isInterrupted()) {
                throw interrupted(request, attempt);
            }
            if (!failure.retryable()) {
                throw failure.toException(request, attempt, null);
            }
            Duration wait = policy.delay(attempt, failure.retryAfter(), jitter.getAsDouble());
            Duration elapsed = Duration.between(start, clock.instant());
            if (!policy.allowsRetry(attempt, elapsed, wait)) {
                throw failure.toException(request, attempt, giveUpReason(attempt, elapsed, failure));
            }
            LOG.warn("TMDB {}: {}; attempt {}/{}, retrying in {} ms", request.describe(), failure.detail(), attempt,
                    policy.maxAttempts(), wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                throw interrupted(request, attempt);
            }
        }
    }

    /** {@code text} with the credentials masked. */
    String redact(String text) {
        return config.redact(text);
    }

    private String giveUpReason(int attempts, Duration elapsed, Failure failure) {
        String tried = "gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " in "
                + seconds(elapsed);
        Duration budgetLeft = policy.totalBudget().minus(elapsed);
        if (failure.retryAfter() != null && failure.retryAfter().compareTo(budgetLeft) > 0) {
            return tried + ": TMDB asked to wait " + seconds(failure.retryAfter()) + ", beyond the "
                    + seconds(policy.totalBudget()) + " retry budget";
        }
        return tried + " (limits: " + policy.maxAttempts() + " attempts, " + seconds(policy.totalBudget()) + ")";
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private TmdbException interrupted(TmdbRequest request, int attempts) {
        Thread.currentThread().interrupt();
        return new TmdbException(TmdbException.Kind.NETWORK, 0, request.path(), attempts,
                "TMDB " + request.describe() + " interrupted", null);
    }

    private HttpRequest build(TmdbRequest request) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String> p : request.params().entrySet()) {
            query.add(encode(p.getKey()) + "=" + encode(p.getValue()));
        }
        if (config.readToken() == null) {
            query.add("api_key=" + encode(config.apiKey()));
        }
        String q = query.toString();
        URI uri = URI.create(config.baseUrl() + request.path() + (q.isEmpty() ? "" : "?" + q));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(config.requestTimeout())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", "boxoffice (java.net.http)");
        if (config.readToken() != null) {
            b.header("Authorization", "Bearer " + config.readToken());
        }
        return b.build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
