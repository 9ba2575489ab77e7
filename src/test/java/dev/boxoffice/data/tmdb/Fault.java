package dev.boxoffice.data.tmdb;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;

/** One scripted misbehaviour of {@link FakeTmdbServer}, applied instead of (or around) the normal reply. */
@FunctionalInterface
public interface Fault {
    void apply(Context ctx, FakeTmdbServer.Reply normal, FakeTmdbServer server) throws Exception;

    /** Replies with {@code reply} instead. */
    static Fault reply(FakeTmdbServer.Reply reply) {
        return (ctx, normal, server) -> FakeTmdbServer.send(ctx, reply);
    }

    /** HTTP 429 with TMDB's code-25 body and the given Retry-After (none when null). */
    static Fault rateLimited(String retryAfter) {
        FakeTmdbServer.Reply r = FakeTmdbServer.Reply.json(429, "{\"status_code\":25,\"status_message\":\"Your request "
                + "count (#) is over the allowed limit of (40).\",\"success\":false}");
        return reply(retryAfter == null ? r : r.withHeader("Retry-After", retryAfter));
    }

    /** The given 5xx with TMDB's code-11 body. */
    static Fault serverError(int status) {
        return reply(FakeTmdbServer.Reply.json(status, "{\"status_code\":11,\"status_message\":\"Internal error: "
                + "Something went wrong, contact TMDb.\",\"success\":false}"));
    }

    /** A proxy's HTML error page with the given status. */
    static Fault html(int status) {
        return reply(new FakeTmdbServer.Reply(status, "text/html", ("<!DOCTYPE html><html><head><title>" + status
                + " Bad Gateway</title></head><body><h1>cloudfront</h1></body></html>").getBytes(), java.util.Map.of()));
    }

    /** The given status with no body at all. */
    static Fault empty(int status) {
        return reply(new FakeTmdbServer.Reply(status, FakeTmdbServer.JSON, new byte[0], java.util.Map.of()));
    }

    /** The normal reply, but with another Content-Type. */
    static Fault contentType(String type) {
        return (ctx, normal, server) -> FakeTmdbServer.send(ctx,
                new FakeTmdbServer.Reply(normal.status(), type, normal.body(), normal.headers()));
    }

    /** The normal reply after {@code delay}. */
    static Fault delay(Duration delay) {
        return (ctx, normal, server) -> {
            Thread.sleep(delay.toMillis());
            FakeTmdbServer.send(ctx, normal);
        };
    }

    /** The first half of the normal body, as a complete (well-framed) response: truncated JSON. */
    static Fault truncated() {
        return (ctx, normal, server) -> FakeTmdbServer.send(ctx, new FakeTmdbServer.Reply(normal.status(),
                normal.contentType(), Arrays.copyOf(normal.body(), normal.body().length / 2), normal.headers()));
    }

    /** The normal body gzipped, with or without a Content-Encoding header saying so. */
    static Fault gzipped(boolean labelled) {
        return (ctx, normal, server) -> {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
                gz.write(normal.body());
            }
            FakeTmdbServer.Reply r = new FakeTmdbServer.Reply(normal.status(), normal.contentType(), zipped.toByteArray(),
                    normal.headers());
            FakeTmdbServer.send(ctx, labelled ? r.withHeader("Content-Encoding", "gzip") : r);
        };
    }

    /** The gzip magic bytes followed by garbage, labelled as gzip. */
    static Fault corruptGzip() {
        return reply(new FakeTmdbServer.Reply(200, FakeTmdbServer.JSON, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3},
                java.util.Map.of("Content-Encoding", "gzip")));
    }

    /** Announces the full length, sends half the body, then drops the connection. */
    static Fault reset() {
        return (ctx, normal, server) -> {
            OutputStream out = start(ctx, normal);
            out.write(normal.body(), 0, normal.body().length / 2);
            out.flush();
            org.eclipse.jetty.server.Request.getBaseRequest(ctx.req()).getHttpChannel()
                    .abort(new IOException("fake connection reset"));
        };
    }

    /** Sends headers at once, then the body a few bytes per {@code gap}. */
    static Fault slowBody(Duration gap) {
        return (ctx, normal, server) -> {
            OutputStream out = start(ctx, normal);
            try {
                for (int i = 0; i < normal.body().length; i += 16) {
                    out.write(normal.body(), i, Math.min(16, normal.body().length - i));
                    out.flush();
                    Thread.sleep(gap.toMillis());
                }
            } catch (IOException e) {
                // the client gave up: what this fault is for
            }
        };
    }

    private static OutputStream start(Context ctx, FakeTmdbServer.Reply normal) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(normal.status());
        res.setContentType(normal.contentType());
        res.setContentLength(normal.body().length);
        return res.getOutputStream();
    }
}
