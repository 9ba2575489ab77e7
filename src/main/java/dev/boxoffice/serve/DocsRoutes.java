package dev.boxoffice.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /openapi.json, Swagger UI at /docs and ReDoc at /redoc, all from the jar: the pages load their scripts
 * from /webjars, so the documentation works with no internet.
 */
final class DocsRoutes {
    private DocsRoutes() {
    }

    static void install(Javalin app) {
        byte[] openApi = resource("/openapi.json");
        byte[] swagger = resource("/serve/docs.html");
        byte[] redoc = resource("/serve/redoc.html");
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(swagger));
        app.get("/redoc", ctx -> ctx.contentType("text/html; charset=utf-8").result(redoc));
    }

    private static byte[] resource(String path) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " in the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
