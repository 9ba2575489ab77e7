package dev.boxoffice.data.tmdb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that removes TMDB credentials from text bound for logs, exception messages or storage.
 * It masks {@code api_key=...} query parameters, {@code Bearer ...} tokens and any literal occurrence
 * (raw or URL-encoded) of a known secret.
 */
public final class CredentialRedactor {
    /** What every credential is replaced with. */
    public static final String MASK = "***";

    private static final Pattern API_KEY_PARAM = Pattern.compile("(?i)(api_key\"?\\s*[=:]\\s*\"?)[^&\\s\"',;]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

    private static final int MAX_CAUSE_DEPTH = 8;

    private CredentialRedactor() {
    }

    /**
     * Returns {@code text} with every credential masked: api_key parameters, bearer tokens and the given
     * secrets wherever they occur. Null text gives null; null or blank secrets are ignored.
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret == null || secret.isBlank()) {
                continue;
            }
            out = out.replace(secret, MASK);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            if (!encoded.equals(secret)) {
                out = out.replace(encoded, MASK);
            }
        }
        out = API_KEY_PARAM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * A copy of {@code error}'s cause chain whose messages are redacted, keeping each stack trace, so a
     * wrapped JDK exception cannot carry a credential into a log. Returns null for null.
     */
    public static Throwable redactChain(Throwable error, Collection<String> secrets) {
        return redactChain(error, secrets, 0);
    }

    private static Throwable redactChain(Throwable error, Collection<String> secrets, int depth) {
        // the depth bound guards against cyclic cause chains
        if (error == null || depth > MAX_CAUSE_DEPTH) {
            return null;
        }
        Throwable copy = new RedactedCause(error.getClass().getName() + ": " + redact(error.getMessage(), secrets),
                redactChain(error.getCause(), secrets, depth + 1));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Stands in for a JDK exception whose message might have held a credential. */
    static final class RedactedCause extends Exception {
        RedactedCause(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
