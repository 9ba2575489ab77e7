package dev.boxoffice.serve;

import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.ModelRegistry;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET / (the reference's status, or a redirect to the web UI for a browser) and GET /health. */
final class StatusHandlers {
    /** The reference API's answer to GET /, kept so its clients keep working. */
    static final Map<String, String> STATUS = Map.of("message", "Box Office Prediction API", "status", "running");

    private final ModelRegistry registry;
    private final ModelWatcher watcher;

    StatusHandlers(ModelRegistry registry, ModelWatcher watcher) {
        this.registry = registry;
        this.watcher = watcher;
    }

    void root(Context ctx) {
        String accept = ctx.header(Header.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            ctx.redirect("/ui/");
            return;
        }
        ctx.json(STATUS);
    }

    /** 200 while a model is loaded (even with the store down: predictions need only the loaded models), else 503. */
    void health(Context ctx) {
        LiveModels live = watcher.current();
        boolean storeReachable;
        try {
            registry.ping();
            storeReachable = true;
        } catch (RuntimeException e) {
            storeReachable = false;
        }
        boolean serving = live != null && !live.models().isEmpty();
        List<Map<String, Object>> models = new ArrayList<>();
        if (live != null) {
            for (ModelCard c : live.models().cards()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", c.name());
                m.put("version", c.version());
                m.put("task", c.task());
                m.put("profile", c.profile());
                m.put("market", c.market());
                models.add(m);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", !serving ? "unavailable" : storeReachable ? "ok" : "degraded");
        out.put("models_loaded", serving);
        out.put("models", models);
        out.put("loaded_at", live == null ? null : live.loadedAt().toString());
        out.put("store_reachable", storeReachable);
        ctx.status(serving ? 200 : 503).json(out);
    }
}
