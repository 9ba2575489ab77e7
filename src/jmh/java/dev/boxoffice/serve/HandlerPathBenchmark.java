package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boxoffice.AppConfig;
import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.model.Predictor;
import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The /predict handler's own work without HTTP, step by step, on the production models of $BOXOFFICE_HOME:
 * parse the reference request, map it to a film, choose the models, predict (explained), write the JSON.
 * Each benchmark adds one step, so the differences are the steps' costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HandlerPathBenchmark {
    private static final byte[] BODY = "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}"
            .getBytes(StandardCharsets.UTF_8);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private ObjectMapper json;
    private ProductionModels models;
    private NameDirectory names;

    @Setup
    public void load() {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        Clock clock = Clock.systemUTC();
        Database db = Database.open(config.effectiveDatabaseUrl());
        List<Movie> films = new FeatureStore(db, clock).loadMovies();
        models = ProductionModels.load(new ModelRegistry(db, clock), FilmHistory.of(films));
        names = NameDirectory.of(films);
        json = ApiServer.mapper();
    }

    @Benchmark
    public JsonNode parse() throws IOException {
        return json.readTree(BODY);
    }

    @Benchmark
    public Movie parse_map() throws IOException {
        return new RequestMapper(names).toMovie(json.readTree(BODY), new InputLimits(""));
    }

    @Benchmark
    public Predictor parse_map_choose() throws IOException {
        Movie movie = new RequestMapper(names).toMovie(json.readTree(BODY), new InputLimits(""));
        return models.choose(movie).orElseThrow();
    }

    @Benchmark
    public Object parse_map_choose_predict() throws IOException {
        Movie movie = new RequestMapper(names).toMovie(json.readTree(BODY), new InputLimits(""));
        return models.choose(movie).orElseThrow().predict(movie, TODAY, true);
    }

    @Benchmark
    public byte[] whole_handler() throws IOException {
        Movie movie = new RequestMapper(names).toMovie(json.readTree(BODY), new InputLimits(""));
        Predictor predictor = models.choose(movie).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream(768);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            PredictionWriter.write(g, movie, predictor.predict(movie, TODAY, true));
        }
        return out.toByteArray();
    }
}
