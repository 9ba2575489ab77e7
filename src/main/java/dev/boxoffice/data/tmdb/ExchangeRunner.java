package dev.boxoffice.data.tmdb;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one HTTP exchange under a deadline that covers the whole body, not just the headers: a server
 * that sends headers and then trickles the body is cut off at the request timeout like a silent one.
 * I/O failures become {@link Failure}s whose causes are redacted copies.
 */
final class ExchangeRunner {
    static final Duration MIN_ATTEMPT_TIME = Duration.ofSeconds(1);

    private final HttpClient http;
    private final Duration timeout;
    private final HttpResponse.BodyHandler<byte[]> bodyHandler;
    private final List<String> secrets;

    ExchangeRunner(HttpClient http, Duration timeout, HttpResponse.BodyHandler<byte[]> bodyHandler, List<String> secrets) {
        this.http = http;
        this.timeout = timeout;
        this.bodyHandler = bodyHandler;
        this.secrets = List.copyOf(secrets);
    }

    /**
     * One exchange, cut off after the request timeout or {@code budgetLeft}, whichever is shorter, but
     * never sooner than {@link #MIN_ATTEMPT_TIME} (or the timeout if shorter), so a retry the budget just
     * allowed still gets a fair chance.
     */
    AttemptResult run(HttpRequest request, ResponseClassifier classifier, Duration budgetLeft) {
        Duration floor = timeout.compareTo(MIN_ATTEMPT_TIME) < 0 ? timeout : MIN_ATTEMPT_TIME;
        Duration limit = budgetLeft.compareTo(timeout) < 0 ? budgetLeft : timeout;
        limit = limit.compareTo(floor) < 0 ? floor : limit;
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, bodyHandler);
        try {
            return classifier.classify(pending.get(limit.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            pending.cancel(true); // since JDK 16 this aborts the exchange and frees the connection
            return AttemptResult.failed(timedOut(limit));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return AttemptResult.failed(Failure.permanent(TmdbException.Kind.NETWORK, 0, "interrupted"));
        } catch (ExecutionException e) {
            return AttemptResult.failed(fromCause(e.getCause() == null ? e : e.getCause(), request));
        }
    }

    private static Failure timedOut(Duration limit) {
        return Failure.transientError(TmdbException.Kind.TIMEOUT, 0,
                "no complete response within " + limit.toMillis() + " ms", null);
    }

    private Failure fromCause(Throwable cause, HttpRequest request) {
        Throwable redacted = CredentialRedactor.redactChain(cause, secrets);
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BoundedBodyHandler.BodyTooLargeException) {
                return Failure.permanent(TmdbException.Kind.BAD_RESPONSE, 0, "body larger than "
                        + TmdbTransport.MAX_BODY_BYTES + " bytes").withCause(redacted);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return Failure.transientError(TmdbException.Kind.TIMEOUT, 0, "connect timed out", null)
                        .withCause(redacted);
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(timeout).withCause(redacted);
            }
        }
        String message = CredentialRedactor.redact(firstMessage(cause), secrets);
        String what = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": "
                + (message.length() > ResponseClassifier.EXCERPT_CHARS
                ? message.substring(0, ResponseClassifier.EXCERPT_CHARS) + "..." : message));
        boolean retryable = cause instanceof java.io.IOException;
        return new Failure(TmdbException.Kind.NETWORK, 0, "connection to " + request.uri().getHost()
                + (request.uri().getPort() < 0 ? "" : ":" + request.uri().getPort()) + " failed (" + what + ")", null, redacted, retryable);
    }

    /** The first non-blank message down the cause chain (a ConnectException's own message is often null). */
    private static String firstMessage(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 8; t = t.getCause(), depth++) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage();
        }
        return "";
    }
}
