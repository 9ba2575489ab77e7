package dev.boxoffice.serve;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.tmdb.MovieSummary;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.store.FeatureStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /tmdb/search and GET /tmdb/movies/{tmdbId}: films from TMDB itself, for the web UI's search, when the
 * server has TMDB credentials; 503 naming {@code tmdb} when it has none.
 */
final class TmdbHandlers {
    private final TmdbClient tmdb;
    private final FeatureStore store;

    /** @param tmdb null when no TMDB credentials are configured */
    TmdbHandlers(TmdbClient tmdb, FeatureStore store) {
        this.tmdb = tmdb;
        this.store = store;
    }

    boolean available() {
        return tmdb != null;
    }

    void search(Context ctx) {
        String query = StoreHandlers.query(ctx);
        List<Map<String, Object>> movies = new ArrayList<>();
        for (MovieSummary m : client().searchMovies(query, 1).results()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("tmdb_id", m.id());
            out.put("title", m.title());
            out.put("release_date", m.releaseDate() == null ? null : m.releaseDate().toString());
            out.put("poster_path", m.posterPath());
            movies.add(out);
        }
        ctx.json(Map.of("movies", movies));
    }

    void movie(Context ctx) {
        long id = StoreHandlers.tmdbId(ctx);
        Movie m = client().movieDetails(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tmdb_id", m.id());
        out.put("facts", StoreHandlers.facts(m));
        out.put("latest_prediction", store.latestPrediction(id).map(StoreHandlers::prediction).orElse(null));
        ctx.json(out);
    }

    private TmdbClient client() {
        if (tmdb == null) {
            throw ApiProblem.of(ApiProblem.UNAVAILABLE, "tmdb", "this server has no TMDB API key or read token");
        }
        return tmdb;
    }
}
