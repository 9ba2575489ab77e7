package dev.boxoffice.store;

import dev.boxoffice.data.Movie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feature groups of the store: movies with their credits, computed features, and predictions. Every
 * write is one transaction (a batch of movies commits together with its credits), so a killed process
 * leaves whole batches and re-running gives the same rows; readers see one snapshot per call.
 * Thread-safe. Failures of the database are {@link StoreException}s.
 */
public final class FeatureStore {
    /** Movies per transaction in {@link #upsertMovies(List)}: ~25k credit rows, a fraction of a second. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /** The feature groups, in the order {@link #stats()} reports them. */
    public static final List<String> GROUPS = List.of("movies", "credits", "movie_features", "predictions");

    private static final Logger LOG = LoggerFactory.getLogger(FeatureStore.class);

    private final Database db;
    private final Clock clock;
    private final MovieUpsert upsert;
    private final MovieQueries queries;
    private final FeatureTable features;
    private final PredictionTable predictions;
    private final TitleSearch titles;
    private final StoreCatalog catalog;

    /** A store on {@code db}, stamping ingestion and computation times from {@code clock}. */
    public FeatureStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.upsert = new MovieUpsert(db.dialect());
        this.queries = new MovieQueries(db.dialect());
        this.features = new FeatureTable(db.dialect());
        this.predictions = new PredictionTable(db.dialect());
        this.titles = new TitleSearch(db.dialect());
        this.catalog = new StoreCatalog(db.dialect());
    }

    /** {@link #upsertMovies(List, int)} with {@link #DEFAULT_BATCH_SIZE}. */
    public UpsertCounts upsertMovies(List<Movie> movies) {
        return upsertMovies(movies, DEFAULT_BATCH_SIZE);
    }

    /**
     * Inserts new movies, overwrites those whose content (credits included) changed, replacing their credits,
     * and leaves the rest; {@code batchSize} movies per transaction, in list order.
     *
     * @throws IllegalArgumentException when two movies share an id or batchSize < 1
     */
    public UpsertCounts upsertMovies(List<Movie> movies, int batchSize) {
        UpsertCounts total = UpsertCounts.ZERO;
        for (List<Movie> batch : MovieUpsert.batches(movies, batchSize)) {
            UpsertCounts counts = db.write("upserting movies " + batch.get(0).id() + ".." + batch.get(batch.size() - 1).id(),
                    c -> upsert.upsert(c, batch, clock.instant()));
            LOG.debug("Upserted batch of {} movies: {}", batch.size(), counts);
            total = total.plus(counts);
        }
        return total;
    }

    /** Every stored movie with its credits, by id. */
    public List<Movie> loadMovies() {
        return db.read("loading movies", c -> queries.load(c, null, null));
    }

    /** The stored movies of one market ("global", "hi"), by id. */
    public List<Movie> loadMovies(String market) {
        Objects.requireNonNull(market, "market");
        return db.read("loading movies of market " + market, c -> queries.load(c, "m.market = ?", market));
    }

    /** The stored movie with TMDB id {@code id}, with its credits. */
    public Optional<Movie> findMovie(long id) {
        return Optional.ofNullable(db.read("finding movie " + id, c -> queries.find(c, id)));
    }

    /**
     * Up to {@code limit} stored films whose title contains {@code text} ignoring case (ASCII case on SQLite):
     * the exact title first, then titles starting with the text, then the others, the more popular first in each.
     *
     * @throws IllegalArgumentException when the text is blank or the limit is below 1
     */
    public List<TitleMatch> searchMovies(String text, int limit) {
        String query = TitleSearch.query(text, limit);
        return db.read("searching titles", c -> titles.find(c, query, limit));
    }

    /**
     * Inserts or overwrites the feature rows, all in one transaction.
     *
     * @throws StoreException when a row's film is not stored (nothing is saved then)
     */
    public void saveFeatures(List<FeatureRow> rows) {
        List<FeatureRow> copy = List.copyOf(rows);
        if (copy.isEmpty()) return;
        db.write("saving " + copy.size() + " feature rows", c -> {
            features.save(c, copy, clock.instant());
            return null;
        });
    }

    /** One film's features under one feature-set version. */
    public Optional<FeatureRow> loadFeatures(long movieId, String featureSet, int version) {
        return db.read("loading features of movie " + movieId,
                c -> features.load(c, featureSet, version, movieId)).stream().findFirst();
    }

    /** How many films have features under one feature-set version. */
    public long countFeatures(String featureSet, int version) {
        Objects.requireNonNull(featureSet, "featureSet");
        return db.read("counting features " + featureSet + " v" + version,
                c -> features.count(c, featureSet, version));
    }

    /** Every film's features under one feature-set version, by film id. */
    public List<FeatureRow> loadFeatures(String featureSet, int version) {
        return db.read("loading features " + featureSet + " v" + version,
                c -> features.load(c, featureSet, version, null));
    }

    /**
     * Stores a prediction unless the film already has one by the same model version.
     *
     * @return true when inserted, false when one was already stored (which is kept unchanged)
     * @throws StoreException when the film is not stored
     */
    public boolean savePrediction(PredictionRecord prediction) {
        Objects.requireNonNull(prediction, "prediction");
        return db.write("saving prediction for movie " + prediction.movieId(), c -> predictions.insert(c, prediction));
    }

    /**
     * Upserts the film (with its credits) and stores its prediction in one transaction, so a job killed
     * between the two leaves neither: a film is never stored half-predicted. The movie is upserted even when
     * the prediction by that model version already exists (which is kept unchanged).
     *
     * @return true when the prediction was inserted, false when one by the same model version was stored
     * @throws IllegalArgumentException when the prediction is for another film
     */
    public boolean saveMovieWithPrediction(Movie movie, PredictionRecord prediction) {
        Objects.requireNonNull(movie, "movie");
        Objects.requireNonNull(prediction, "prediction");
        if (movie.id() != prediction.movieId()) {
            throw new IllegalArgumentException("prediction is for movie " + prediction.movieId() + ", not " + movie.id());
        }
        return db.write("saving movie " + movie.id() + " with its prediction", c -> {
            upsert.upsert(c, List.of(movie), clock.instant());
            return predictions.insert(c, prediction);
        });
    }

    /** The TMDB ids of every stored movie, for jobs that skip what is already stored. */
    public Set<Long> movieIds() {
        return db.read("listing movie ids", catalog::movieIds);
    }

    /** Whether the film has a prediction by that model version. */
    public boolean hasPrediction(long movieId, String modelName, int modelVersion) {
        return db.read("checking prediction for movie " + movieId,
                c -> predictions.exists(c, movieId, modelName, modelVersion));
    }

    /** The film's most recent prediction by any model. */
    public Optional<PredictionRecord> latestPrediction(long movieId) {
        return Optional.ofNullable(db.read("loading prediction for movie " + movieId,
                c -> predictions.latest(c, movieId)));
    }

    /** Each film released on or after {@code from} with its latest prediction, latest release first. */
    public List<UpcomingPrediction> upcomingPredictions(LocalDate from) {
        Objects.requireNonNull(from, "from");
        return db.read("loading upcoming predictions", c -> predictions.upcoming(c, from));
    }

    /** The registered feature groups with their versions, keys and event-time columns. */
    public List<FeatureGroup> featureGroups() {
        return db.read("loading feature groups", catalog::featureGroups);
    }

    /** Row counts per feature group and registered model versions, from one snapshot. */
    public StoreStats stats() {
        return db.read("counting rows", c -> catalog.stats(c, GROUPS));
    }

    /** True when no movie is stored. */
    public boolean isEmpty() {
        return db.read("checking for movies", catalog::hasNoMovies);
    }
}
