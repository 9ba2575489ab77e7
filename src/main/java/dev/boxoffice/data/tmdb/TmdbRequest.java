package dev.boxoffice.data.tmdb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One GET against TMDB: the endpoint path (e.g. {@code /movie/550}), its query parameters in order
 * (credentials are added by the transport, never here) and what is asked for, in words, for messages.
 */
record TmdbRequest(String path, Map<String, String> params, String resource) {
    TmdbRequest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(resource, "resource");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got " + path);
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** {@code GET /movie/550}: the request as it may appear in logs and messages. */
    String describe() {
        String page = params.get("page");
        return "GET " + path + (page == null ? "" : " page " + page);
    }
}
