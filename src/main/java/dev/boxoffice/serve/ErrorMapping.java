package dev.boxoffice.serve;

import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become HTTP answers, all shaped {@code {"detail": [{"field", "message"}]}}: refused
 * input is 400, 404, 413 or 422, an unreachable store or TMDB 503, and anything else a 500, which is a bug. No
 * answer carries a stack trace, SQL or a configuration value.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(Javalin app) {
        app.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e.status(), e.errors()));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(),
                List.of(new FieldError(e.getStatus() == ApiProblem.TOO_LARGE ? "body" : "path", reason(e)))));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("{} {}: store unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, ApiProblem.UNAVAILABLE, List.of(new FieldError("store", "the store is unavailable")));
        });
        app.exception(TmdbException.class, (e, ctx) -> {
            if (e.kind() == TmdbException.Kind.NOT_FOUND) {
                answer(ctx, ApiProblem.NOT_FOUND, List.of(new FieldError("tmdbId", "TMDB has no such film")));
                return;
            }
            LOG.warn("{} {}: TMDB failed: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, ApiProblem.UNAVAILABLE, List.of(new FieldError("tmdb", "TMDB is unavailable")));
        });
        app.exception(IOException.class, (e, ctx) -> {
            if (ctx.res().isCommitted()) {
                clientLeft(ctx, e);
            } else {
                internalError(ctx, e);
            }
        });
        app.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
    }

    /** A client that hung up while its answer was on the way is gone; the server has not failed. */
    private static void clientLeft(Context ctx, IOException e) {
        LOG.debug("{} {}: the client left while its answer was sent: {}", ctx.method(), ctx.path(), e.toString());
    }

    private static void internalError(Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        answer(ctx, 500, List.of(new FieldError("server", "internal error")));
    }

    private static String reason(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request body too large";
            default -> e.getMessage() == null ? "refused" : e.getMessage();
        };
    }

    private static void answer(Context ctx, int status, List<FieldError> errors) {
        Map<String, List<FieldError>> body = Map.of("detail", errors);
        if (!EventLoopConnector.onSelector()) {
            ctx.status(status).json(body);
            return;
        }
        // on a selector thread, sent asynchronously (EventLoopConnector). Javalin would gzip an answer over 1,500
        // bytes for a client that accepts it, and closing its gzip stream is a write that waits for the client.
        ctx.status(status).res().setContentType("application/json");
        byte[] json = ctx.jsonMapper().toJsonString(body, Map.class).getBytes(StandardCharsets.UTF_8);
        EventLoopConnector.send(ctx.req(), json);
    }
}
