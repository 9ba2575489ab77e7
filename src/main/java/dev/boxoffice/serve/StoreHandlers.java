package dev.boxoffice.serve;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.Profile;
import dev.boxoffice.store.FeatureRow;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.PredictionRecord;
import dev.boxoffice.store.RegisteredModel;
import dev.boxoffice.store.TitleMatch;
import dev.boxoffice.store.UpcomingPrediction;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GET /movies, GET /movies/{tmdbId}, GET /upcoming and GET /models: what the store and registry hold, as JSON. */
final class StoreHandlers {
    static final int DEFAULT_SEARCH_LIMIT = 20;
    static final int MAX_SEARCH_LIMIT = 100;
    static final int MAX_QUERY_CHARS = 200;

    private final FeatureStore store;
    private final ModelRegistry registry;
    private final ModelWatcher watcher;
    private final Clock clock;

    StoreHandlers(FeatureStore store, ModelRegistry registry, ModelWatcher watcher, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.watcher = watcher;
        this.clock = clock;
    }

    /** The {tmdbId} path parameter, or a 422 naming it. */
    static long tmdbId(Context ctx) {
        String raw = ctx.pathParam("tmdbId");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "tmdbId", "must be a whole number, got " + raw);
        }
        if (id < 1) throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "tmdbId", "must be >= 1, got " + raw);
        return id;
    }

    /** The ?query= of a title search, or a 422 naming it. */
    static String query(Context ctx) {
        String query = ctx.queryParam("query");
        if (query == null || query.isBlank()) throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "query", "field required");
        if (query.length() > MAX_QUERY_CHARS) {
            throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "query", "must be at most " + MAX_QUERY_CHARS + " characters");
        }
        return query;
    }

    void movie(Context ctx) {
        long id = tmdbId(ctx);
        Movie m = store.findMovie(id).orElseThrow(() -> ApiProblem.of(ApiProblem.NOT_FOUND, "tmdbId",
                "no stored movie with TMDB id " + id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tmdb_id", m.id());
        out.put("facts", facts(m));
        Map<String, Object> features = new LinkedHashMap<>();
        for (Profile p : Profile.values()) {
            FeatureSet fs = FeatureSets.forProfile(p);
            store.loadFeatures(id, fs.name(), fs.version()).ifPresent(row -> features.put(fs.label(), values(row)));
        }
        out.put("features", features);
        out.put("latest_prediction", store.latestPrediction(id).map(StoreHandlers::prediction).orElse(null));
        ctx.json(out);
    }

    /** GET /movies?query=TITLE&limit=N: stored films whose title contains the query, prefixes first. */
    void search(Context ctx) {
        String query = query(ctx);
        String rawLimit = ctx.queryParam("limit");
        int limit;
        try {
            limit = rawLimit == null ? DEFAULT_SEARCH_LIMIT : Integer.parseInt(rawLimit);
        } catch (NumberFormatException e) {
            throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "limit", "must be a whole number, got " + rawLimit);
        }
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "limit", "must be in [1, " + MAX_SEARCH_LIMIT + "], got " + limit);
        }
        List<Map<String, Object>> movies = new ArrayList<>();
        for (TitleMatch t : store.searchMovies(query, limit)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tmdb_id", t.tmdbId());
            m.put("title", t.title());
            m.put("release_date", t.releaseDate() == null ? null : t.releaseDate().toString());
            m.put("poster_path", t.posterPath());
            movies.add(m);
        }
        ctx.json(Map.of("movies", movies));
    }

    void upcoming(Context ctx) {
        List<Map<String, Object>> films = new ArrayList<>();
        for (UpcomingPrediction u : store.upcomingPredictions(LocalDate.now(clock))) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("tmdb_id", u.prediction().movieId());
            f.put("title", u.title());
            f.put("release_date", u.releaseDate() == null ? null : u.releaseDate().toString());
            f.put("poster_path", u.posterPath());
            f.put("prediction", prediction(u.prediction()));
            films.add(f);
        }
        ctx.json(Map.of("upcoming", films));
    }

    void models(Context ctx) {
        LiveModels live = watcher.current();
        Set<?> serving = live == null ? Set.of() : live.refs();
        List<Map<String, Object>> models = new ArrayList<>();
        for (RegisteredModel r : registry.list()) {
            ModelCard c = r.card();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("version", c.version());
            m.put("stage", r.stage().name().toLowerCase(java.util.Locale.ROOT));
            m.put("serving", serving.contains(r.ref()));
            m.put("market", c.market());
            m.put("task", c.task());
            m.put("profile", c.profile());
            m.put("feature_set", c.featureSetName());
            m.put("feature_set_version", c.featureSetVersion());
            m.put("format", c.format());
            m.put("metrics", c.metrics());
            m.put("created_at", c.createdAt().toString());
            models.add(m);
        }
        ctx.json(Map.of("models", models));
    }

    static Map<String, Object> facts(Movie m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", m.title());
        f.put("release_date", m.releaseDate() == null ? null : m.releaseDate().toString());
        f.put("budget", m.budgetUsd());
        f.put("revenue", m.revenueUsd());
        f.put("runtime", m.runtimeMinutes());
        f.put("popularity", m.popularity());
        f.put("vote_avg", m.voteAverage());
        f.put("vote_count", m.voteCount());
        f.put("genres", m.genres());
        f.put("original_language", m.originalLanguage());
        f.put("production_companies", m.productionCompanies().stream().map(Named::name).toList());
        f.put("collection", m.collection() == null ? null : m.collection().name());
        f.put("market", m.market());
        f.put("status", m.status());
        f.put("poster_path", m.posterPath());
        f.put("overview", m.overview());
        return f;
    }

    private static Map<String, Object> values(FeatureRow row) {
        Map<String, Object> v = new LinkedHashMap<>();
        double[] values = row.values();
        for (int i = 0; i < values.length; i++) v.put(row.names().get(i), Double.isNaN(values[i]) ? null : values[i]);
        return v;
    }

    static Map<String, Object> prediction(PredictionRecord p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", p.modelName());
        m.put("model_version", p.modelVersion());
        m.put("predicted_revenue", p.predictedRevenueUsd());
        m.put("predicted_revenue_millions", PredictionWriter.millions(p.predictedRevenueUsd()));
        m.put("revenue_lower", p.intervalLowUsd());
        m.put("revenue_upper", p.intervalHighUsd());
        m.put("hit_probability", p.hitProbability());
        m.put("is_hit", p.hitProbability() == null ? null : p.hitProbability() >= 0.5);
        m.put("predicted_at", p.predictedAt().toString());
        return m;
    }
}
