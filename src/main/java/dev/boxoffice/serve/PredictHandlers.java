package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boxoffice.data.Movie;
import dev.boxoffice.model.Predictor;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** POST /predict and POST /batch_predict: validate, pick the production model for each film, score, write JSON. */
final class PredictHandlers {
    private final ModelWatcher watcher;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxBatch;
    private final long maxBodyBytes;

    PredictHandlers(ModelWatcher watcher, ObjectMapper json, Clock clock, ServeConfig config) {
        this.watcher = watcher;
        this.json = json;
        this.clock = clock;
        this.maxBatch = config.maxBatch();
        this.maxBodyBytes = config.maxBodyBytes();
    }

    void predict(Context ctx) throws IOException {
        JsonNode body = BodyReader.read(ctx, json, maxBodyBytes);
        if (!body.isObject()) {
            throw ApiProblem.of(ApiProblem.BAD_REQUEST, "body", "must be a JSON object, got " + InputLimits.kind(body));
        }
        LiveModels live = requireModels();
        InputLimits limits = new InputLimits("");
        Movie movie = new RequestMapper(live.names()).toMovie(body, limits);
        if (movie == null) throw new ApiProblem(ApiProblem.UNPROCESSABLE, limits.errors());
        Predictor predictor = choose(live, movie, "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(768);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            PredictionWriter.write(g, movie, predictor.predict(movie, LocalDate.now(clock), explain(ctx, true)));
        }
        // sent asynchronously, as a selector thread must answer (EventLoopConnector); Javalin's result stream would
        // also copy the bytes through a fresh 8 KB buffer, and an answer this small is never worth compressing
        ctx.res().setContentType("application/json");
        EventLoopConnector.send(ctx.req(), out.toByteArray());
    }

    void batch(Context ctx) throws IOException {
        JsonNode body = BodyReader.read(ctx, json, maxBodyBytes);
        if (!body.isArray()) {
            throw ApiProblem.of(ApiProblem.BAD_REQUEST, "body", "must be a JSON array of movies, got " + InputLimits.kind(body));
        }
        if (body.size() > maxBatch) {
            throw ApiProblem.of(ApiProblem.TOO_LARGE, "body", "at most " + maxBatch + " movies per batch, got " + body.size());
        }
        LiveModels live = requireModels();
        RequestMapper mapper = new RequestMapper(live.names());
        List<Movie> movies = new ArrayList<>(body.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            InputLimits limits = new InputLimits("[" + i + "].");
            movies.add(mapper.toMovie(body.get(i), limits));
            errors.addAll(limits.errors());
        }
        if (!errors.isEmpty()) throw new ApiProblem(ApiProblem.UNPROCESSABLE, errors);
        List<Predictor> predictors = new ArrayList<>(movies.size());
        for (int i = 0; i < movies.size(); i++) predictors.add(choose(live, movies.get(i), "[" + i + "]."));
        LocalDate today = LocalDate.now(clock);
        boolean explain = explain(ctx, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + 640 * movies.size());
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("predictions");
            for (int i = 0; i < movies.size(); i++) {
                PredictionWriter.write(g, movies.get(i), predictors.get(i).predict(movies.get(i), today, explain));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        ctx.contentType("application/json").result(out.toByteArray());
    }

    /**
     * Whether to explain (top_features): ?explain=true|false. /predict explains by default; /batch_predict does
     * not, because TreeSHAP costs about a hundred times the prediction and a batch is about volume.
     */
    private static boolean explain(Context ctx, boolean byDefault) {
        String v = ctx.queryParam("explain");
        if (v == null) return byDefault;
        if ("true".equals(v)) return true;
        if ("false".equals(v)) return false;
        throw ApiProblem.of(ApiProblem.UNPROCESSABLE, "explain", "must be true or false, got " + v);
    }

    private LiveModels requireModels() {
        LiveModels live = watcher.current();
        if (live == null || live.models().isEmpty()) {
            throw ApiProblem.of(ApiProblem.UNAVAILABLE, "model", "no production model is loaded yet; train and promote one");
        }
        return live;
    }

    private static Predictor choose(LiveModels live, Movie movie, String prefix) {
        return live.models().choose(movie).orElseThrow(() -> ApiProblem.of(ApiProblem.UNAVAILABLE, prefix + "model",
                "no production model for market " + movie.market() + (movie.popularity() == null
                        || movie.voteAverage() == null ? " without popularity and vote_avg (pre-release)" : "")));
    }
}
