package dev.boxoffice.serve;

import dev.boxoffice.features.Genres;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web UI's pages (/ui/, /ui/predict, /ui/search, /ui/models) and GET /config, the settings the pages
 * need. The pages' scripts and styles are static files under /ui/assets, all in the jar, and they call only
 * the public API, so the UI works with no internet. The parts the pages share are put in by {@link PageLayout}.
 */
final class UiRoutes {
    static final Map<String, String> PAGES = Map.of("/ui/", "/ui/index.html", "/ui/predict", "/ui/predict.html",
            "/ui/search", "/ui/search.html", "/ui/models", "/ui/models.html");

    private UiRoutes() {
    }

    /** Whether the jar holds the UI (a build may leave it out); without it only /config is served. */
    static boolean present() {
        return UiRoutes.class.getResource("/ui/index.html") != null;
    }

    static void install(Javalin app, ServeConfig config, boolean tmdbSearch) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("poster_base_url", config.posterBaseUrl());
        settings.put("genres", Genres.ALL);
        settings.put("tmdb_search", tmdbSearch);
        app.get("/config", ctx -> ctx.json(settings));
        if (!present()) return;
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            byte[] html = PageLayout.page(page.getKey(), page.getValue());
            app.get(page.getKey(), ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        }
    }
}
