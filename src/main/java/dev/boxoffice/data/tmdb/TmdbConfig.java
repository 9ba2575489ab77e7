package dev.boxoffice.data.tmdb;

import dev.boxoffice.AppConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How to reach TMDB: base URL, credentials (a v3 API key, a read access token, or both; the token wins),
 * client-side rate limit, retry policy and timeouts. Every instance is valid; {@link #toString()} never
 * shows a credential.
 *
 * @param baseUrl           API root without trailing slash, e.g. {@code https://api.themoviedb.org/3}
 * @param apiKey            v3 API key sent as the {@code api_key} parameter, or null
 * @param readToken         API read access token sent as {@code Authorization: Bearer}, or null
 * @param requestsPerSecond client-side ceiling on request starts per second
 * @param maxAttempts       requests per call at most, the first included
 * @param initialBackoff    backoff cap after the first failure; doubles per failure
 * @param maxBackoff        upper bound of an exponential backoff wait
 * @param retryBudget       total time one call may spend, waits included, before giving up
 * @param connectTimeout    TCP/TLS connect timeout
 * @param requestTimeout    time from sending a request to having its complete body
 */
public record TmdbConfig(String baseUrl, String apiKey, String readToken, double requestsPerSecond, int maxAttempts,
                         Duration initialBackoff, Duration maxBackoff, Duration retryBudget,
                         Duration connectTimeout, Duration requestTimeout) {

    /** Half of TMDB's documented ~40 requests/s, leaving room for other clients of the same key. */
    public static final double DEFAULT_REQUESTS_PER_SECOND = 20;
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    /** One call, waits and attempts included, ends within this (plus at most a connect timeout). */
    public static final Duration DEFAULT_RETRY_BUDGET = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** TMDB answers in well under a second; the biggest body (details with credits, ~200 KB) has ample time. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    // visible ASCII only: a credential with spaces or control characters could split an HTTP header
    private static final Pattern CREDENTIAL = Pattern.compile("[\\x21-\\x7E]{1,4096}");

    public TmdbConfig {
        baseUrl = validBaseUrl(baseUrl);
        apiKey = blankToNull(apiKey);
        readToken = blankToNull(readToken);
        if (apiKey == null && readToken == null) {
            throw new IllegalArgumentException("TMDB credentials missing: set " + AppConfig.ENV_TMDB_API_KEY
                    + " or " + AppConfig.ENV_TMDB_READ_TOKEN);
        }
        if (apiKey != null && !CREDENTIAL.matcher(apiKey).matches()) {
            throw new IllegalArgumentException(AppConfig.ENV_TMDB_API_KEY + " must be printable ASCII without spaces");
        }
        if (readToken != null && !CREDENTIAL.matcher(readToken).matches()) {
            throw new IllegalArgumentException(AppConfig.ENV_TMDB_READ_TOKEN + " must be printable ASCII without spaces");
        }
        if (!(requestsPerSecond > 0 && requestsPerSecond <= 1000)) {
            throw new IllegalArgumentException("requestsPerSecond must be in (0, 1000], got " + requestsPerSecond);
        }
        new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, retryBudget); // validates the retry settings
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("requestTimeout", requestTimeout);
    }

    /** The defaults above with the given base URL and credentials. */
    public static TmdbConfig of(String baseUrl, String apiKey, String readToken) {
        return new TmdbConfig(baseUrl, apiKey, readToken, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_MAX_ATTEMPTS,
                DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_RETRY_BUDGET, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    /** The defaults with the base URL and credentials of a run; throws when neither credential is set. */
    public static TmdbConfig from(AppConfig app) {
        return of(app.tmdbBaseUrl(), app.tmdbApiKey(), app.tmdbReadToken());
    }

    /** This config with another client-side rate limit. */
    public TmdbConfig withRequestsPerSecond(double perSecond) {
        return new TmdbConfig(baseUrl, apiKey, readToken, perSecond, maxAttempts, initialBackoff, maxBackoff,
                retryBudget, connectTimeout, requestTimeout);
    }

    /** This config with another retry policy. */
    public TmdbConfig withRetry(RetryPolicy retry) {
        return new TmdbConfig(baseUrl, apiKey, readToken, requestsPerSecond, retry.maxAttempts(),
                retry.initialBackoff(), retry.maxBackoff(), retry.totalBudget(), connectTimeout, requestTimeout);
    }

    /** This config with other connect and request timeouts. */
    public TmdbConfig withTimeouts(Duration connect, Duration request) {
        return new TmdbConfig(baseUrl, apiKey, readToken, requestsPerSecond, maxAttempts, initialBackoff,
                maxBackoff, retryBudget, connect, request);
    }

    /** The retry settings as a policy. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, retryBudget);
    }

    /** The credentials, for {@link CredentialRedactor}. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(2);
        if (apiKey != null) secrets.add(apiKey);
        if (readToken != null) secrets.add(readToken);
        return secrets;
    }

    /** {@code text} with this config's credentials (and any api_key or bearer value) masked. */
    public String redact(String text) {
        return CredentialRedactor.redact(text, secrets());
    }

    @Override
    public String toString() {
        return "TmdbConfig[baseUrl=" + redact(baseUrl) + ", apiKey=" + (apiKey == null ? "unset" : CredentialRedactor.MASK)
                + ", readToken=" + (readToken == null ? "unset" : CredentialRedactor.MASK)
                + ", requestsPerSecond=" + requestsPerSecond + ", maxAttempts=" + maxAttempts
                + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + ", retryBudget=" + retryBudget
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
    }

    private static String validBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("TMDB base URL must be set, e.g. " + AppConfig.DEFAULT_TMDB_BASE_URL);
        }
        String trimmed = url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("TMDB base URL is not a valid URL (" + AppConfig.ENV_TMDB_BASE_URL + ")");
        }
        // a query could smuggle an api_key into logs, so the message does not echo the URL
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("TMDB base URL must not contain a query, fragment or user info; pass "
                    + "credentials in " + AppConfig.ENV_TMDB_API_KEY + " or " + AppConfig.ENV_TMDB_READ_TOKEN);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("TMDB base URL must be an absolute http(s) URL, got " + trimmed);
        }
        return trimmed;
    }

    private static void requirePositive(String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be > 0, got " + d);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
