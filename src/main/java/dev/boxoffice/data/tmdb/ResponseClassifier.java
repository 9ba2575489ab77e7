package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one HTTP response into a JSON object or a {@link Failure}: 2xx must carry a JSON object whatever
 * the Content-Type says; 401/403, 404 and other 4xx are permanent; 408, 429 and 5xx are transient, with
 * their Retry-After. Descriptions quote at most a short, redacted excerpt of the body.
 */
final class ResponseClassifier {
    static final int EXCERPT_CHARS = 100;
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    private final ObjectMapper json;
    private final Clock clock;
    private final UnaryOperator<String> redactor;

    ResponseClassifier(ObjectMapper json, Clock clock, UnaryOperator<String> redactor) {
        this.json = json;
        this.clock = clock;
        this.redactor = redactor;
    }

    AttemptResult classify(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        byte[] body;
        try {
            body = GzipBody.decode(response.body() == null ? new byte[0] : response.body(), TmdbTransport.MAX_BODY_BYTES);
        } catch (BoundedBodyHandler.BodyTooLargeException e) {
            return AttemptResult.failed(Failure.permanent(TmdbException.Kind.BAD_RESPONSE, status,
                    "HTTP " + status + " with a gzip body inflating beyond " + TmdbTransport.MAX_BODY_BYTES + " bytes"));
        } catch (java.io.IOException e) {
            return badBody(status, "corrupt gzip body");
        }
        if (status >= 200 && status < 300) {
            return parseObject(status, body);
        }
        String detail = "HTTP " + status + describeError(body);
        Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
                clock.instant());
        TmdbException.Kind kind;
        if (status == 401 || status == 403) {
            kind = TmdbException.Kind.UNAUTHORIZED;
        } else if (status == 404) {
            kind = TmdbException.Kind.NOT_FOUND;
        } else if (status == 408) {
            return AttemptResult.failed(Failure.transientError(TmdbException.Kind.TIMEOUT, status, detail, retryAfter));
        } else if (status == 429) {
            return AttemptResult.failed(Failure.transientError(TmdbException.Kind.RATE_LIMITED, status, detail, retryAfter));
        } else if (status >= 500) {
            return AttemptResult.failed(Failure.transientError(TmdbException.Kind.SERVER_ERROR, status, detail, retryAfter));
        } else if (status >= 400) {
            kind = TmdbException.Kind.BAD_REQUEST;
        } else {
            // 1xx/3xx: redirects are not followed, so a bearer token never travels to another host
            kind = TmdbException.Kind.BAD_RESPONSE;
            detail += ", unexpected for the TMDB API; check TMDB_BASE_URL";
        }
        return AttemptResult.failed(Failure.permanent(kind, status, detail));
    }

    private AttemptResult parseObject(int status, byte[] body) {
        if (body.length == 0) {
            return badBody(status, "empty body");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                return AttemptResult.ok(node);
            }
            return badBody(status, "JSON is not an object" + excerpt(body));
        } catch (JsonEOFException e) {
            return badBody(status, "truncated JSON (" + body.length + " bytes)" + excerpt(body));
        } catch (JacksonException e) {
            // not JSON (an HTML error page from a proxy, say): often transient, so retried
            return badBody(status, "invalid JSON" + excerpt(body));
        } catch (java.io.IOException e) {
            return badBody(status, "unreadable body");
        }
    }

    private static AttemptResult badBody(int status, String what) {
        return AttemptResult.failed(Failure.transientError(TmdbException.Kind.BAD_RESPONSE, status,
                "HTTP " + status + " with " + what, null));
    }

    /** TMDB's own status_code and status_message when the body is TMDB's error JSON, else an excerpt. */
    private String describeError(byte[] body) {
        if (body.length == 0) {
            return ", empty body";
        }
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject() && node.has("status_code")) {
                String message = JsonFields.text(node, "status_message");
                return " (TMDB status " + sanitize(node.get("status_code").asText())
                        + (message == null ? "" : ": " + sanitize(message)) + ")";
            }
        } catch (java.io.IOException e) {
            // not TMDB's error JSON: fall through to the excerpt
        }
        return excerpt(body);
    }

    /** ", body: <first chars>" or ", HTML page: <title>", sanitized and redacted. */
    private String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
        Matcher title = HTML_TITLE.matcher(text);
        if (title.find()) {
            return ", HTML page: " + sanitize(title.group(1));
        }
        if (text.stripLeading().startsWith("<")) {
            return ", HTML/XML body";
        }
        return ", body starts: " + sanitize(text);
    }

    /** One line of printable text, at most {@link #EXCERPT_CHARS} characters, with credentials masked. */
    String sanitize(String raw) {
        String oneLine = raw.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        String redacted = redactor.apply(oneLine);
        return redacted.length() <= EXCERPT_CHARS ? redacted : redacted.substring(0, EXCERPT_CHARS) + "...";
    }
}
