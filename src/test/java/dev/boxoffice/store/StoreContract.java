package dev.boxoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's contract, run unchanged against every database: {@link TestSqliteStore} and
 * {@link TestPostgresStore}. The registry's half is in {@link RegistryContract}, which extends this class
 * only so that each database runs both halves with one server.
 */
abstract class StoreContract {
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    Database db;
    FeatureStore store;
    ModelRegistry registry;

    /** The URL of a new, empty database. */
    abstract String newDatabaseUrl() throws Exception;

    /** Which dialect the subclass runs against. */
    abstract Dialect expectedDialect();

    @BeforeEach
    void open_a_fresh_store() throws Exception {
        db = Database.open(newDatabaseUrl());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new FeatureStore(db, clock);
        registry = new ModelRegistry(db, clock);
    }

    @Test
    void migrations_from_empty_register_the_four_feature_groups() {
        assertThat(db.dialect()).isEqualTo(expectedDialect());
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.featureGroups()).extracting(FeatureGroup::name)
                .containsExactlyInAnyOrder("movies", "credits", "movie_features", "predictions");
        assertThat(store.featureGroups()).filteredOn(g -> g.name().equals("predictions")).singleElement()
                .satisfies(g -> {
                    assertThat(g.primaryKey()).containsExactly("tmdb_id", "model_name", "model_version");
                    assertThat(g.eventTimeColumn()).isEqualTo("predicted_at");
                });
        StoreStats stats = store.stats();
        assertThat(stats.featureGroups()).containsExactly(Map.entry("movies", 0L), Map.entry("credits", 0L),
                Map.entry("movie_features", 0L), Map.entry("predictions", 0L));
        assertThat(stats.models()).isZero();
        assertThat(stats.database()).isEqualTo(expectedDialect().jsonName());
    }

    @Test
    void upsert_counts_inserts_then_unchanged_then_updated() {
        List<Movie> movies = SyntheticMovies.generate(120, 10, 1);
        assertThat(store.upsertMovies(movies, 50)).isEqualTo(new UpsertCounts(120, 0, 0));
        assertThat(store.upsertMovies(movies, 50)).isEqualTo(new UpsertCounts(0, 0, 120));

        List<Movie> changed = new ArrayList<>(movies);
        changed.set(7, movies.get(7).toBuilder().voteCount(99_999).build());
        changed.add(SyntheticMovies.movie(500, 10));
        assertThat(store.upsertMovies(changed)).isEqualTo(new UpsertCounts(1, 1, 119));
        assertThat(store.findMovie(movies.get(7).id())).get().extracting(Movie::voteCount).isEqualTo(99_999);
        assertThat(store.stats().rows("movies")).isEqualTo(121);
        assertThat(store.stats().rows("credits")).isEqualTo(1210);
    }

    @Test
    void an_updated_movie_has_its_credits_replaced_and_a_credit_change_counts_as_an_update() {
        Movie avatar = Films.avatar();
        store.upsertMovies(List.of(avatar));
        Credit director = avatar.credits().crew().get(0);
        Movie fewerPeople = avatar.withCredits(new Credits(avatar.credits().cast().subList(0, 1),
                List.of(director.withPopularity(21.0))));

        assertThat(store.upsertMovies(List.of(fewerPeople))).isEqualTo(new UpsertCounts(0, 1, 0));
        assertThat(store.findMovie(avatar.id())).contains(fewerPeople);
        assertThat(store.stats().rows("credits")).isEqualTo(2);
    }

    @Test
    void every_movie_field_round_trips_exactly() {
        store.upsertMovies(Films.all());

        assertThat(store.loadMovies()).containsExactlyElementsOf(
                Films.all().stream().sorted(java.util.Comparator.comparingLong(Movie::id)).toList());
        assertThat(store.findMovie(Films.sparse().id()).orElseThrow().credits()).isNull();
        assertThat(store.findMovie(Films.noCredits().id()).orElseThrow().credits()).isEqualTo(Credits.EMPTY);
        assertThat(store.findMovie(Films.hindi().id()).orElseThrow().people()).isEqualTo(Films.hindi().people());
        assertThat(store.upsertMovies(Films.all())).isEqualTo(new UpsertCounts(0, 0, 4));
    }

    @Test
    void movies_load_by_market_and_an_absent_movie_is_empty() {
        store.upsertMovies(Films.all());

        assertThat(store.loadMovies(Movie.HINDI)).containsExactly(Films.hindi());
        assertThat(store.loadMovies(Movie.GLOBAL)).extracting(Movie::id).containsExactly(7L, 8L, 19995L);
        assertThat(store.loadMovies(Movie.GLOBAL).get(2)).isEqualTo(Films.avatar());
        assertThat(store.findMovie(424242)).isEmpty();
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void an_upsert_with_duplicate_ids_is_rejected_before_writing() {
        assertThatThrownBy(() -> store.upsertMovies(List.of(Films.sparse(), Films.avatar(), Films.sparse())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate movie id 7");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void features_round_trip_with_missing_values_and_are_overwritten_per_version() {
        store.upsertMovies(List.of(Films.avatar(), Films.sparse()));
        FeatureRow v1 = new FeatureRow(19995, "pre_release", 1, List.of("log_budget", "vote_avg"),
                new double[] {19.283_828_376_012_36, Double.NaN});
        FeatureRow v2 = new FeatureRow(19995, "pre_release", 2, List.of("log_budget"), new double[] {0.1 + 0.2});
        FeatureRow other = new FeatureRow(7, "pre_release", 1, List.of("log_budget", "vote_avg"),
                new double[] {-0.0, 1e-300});
        store.saveFeatures(List.of(v1, v2, other));

        assertThat(store.loadFeatures(19995, "pre_release", 1)).contains(v1);
        assertThat(store.loadFeatures(19995, "pre_release", 2)).contains(v2);
        assertThat(store.loadFeatures("pre_release", 1)).containsExactly(other, v1);
        assertThat(store.loadFeatures(19995, "seed", 1)).isEmpty();

        FeatureRow recomputed = new FeatureRow(19995, "pre_release", 1, List.of("log_budget", "vote_avg"),
                new double[] {19.0, 7.2});
        store.saveFeatures(List.of(recomputed));
        assertThat(store.loadFeatures(19995, "pre_release", 1)).contains(recomputed);
        assertThat(store.stats().rows("movie_features")).isEqualTo(3);
    }

    @Test
    void features_of_an_unknown_movie_fail_the_whole_save() {
        store.upsertMovies(List.of(Films.avatar()));
        FeatureRow known = new FeatureRow(19995, "seed", 1, List.of("x"), new double[] {1});
        FeatureRow unknown = new FeatureRow(31337, "seed", 1, List.of("x"), new double[] {2});

        assertThatThrownBy(() -> store.saveFeatures(List.of(known, unknown))).isInstanceOf(StoreException.class)
                .hasMessageContaining("saving 2 feature rows");
        assertThat(store.stats().rows("movie_features")).isZero();
    }

    @Test
    void a_prediction_is_stored_once_per_movie_and_model_version() {
        store.upsertMovies(List.of(Films.hindi()));
        PredictionRecord first = new PredictionRecord(550_001, "xgb-revenue-hi", 3, 41_000_000.5, 20e6, 80e6, 0.61,
                Instant.parse("2024-06-01T08:00:00.123456789Z"));
        PredictionRecord again = new PredictionRecord(550_001, "xgb-revenue-hi", 3, 1.0, null, null, null,
                Instant.parse("2024-06-08T08:00:00Z"));

        assertThat(store.savePrediction(first)).isTrue();
        assertThat(store.savePrediction(again)).isFalse();
        assertThat(store.hasPrediction(550_001, "xgb-revenue-hi", 3)).isTrue();
        assertThat(store.hasPrediction(550_001, "xgb-revenue-hi", 4)).isFalse();
        assertThat(store.latestPrediction(550_001)).contains(first);
        assertThat(first.predictedAt()).isEqualTo(Instant.parse("2024-06-01T08:00:00.123456Z"));
        assertThat(store.stats().rows("predictions")).isEqualTo(1);
    }

    @Test
    void a_movie_and_its_prediction_are_saved_together_once_or_not_at_all() {
        Movie film = Films.hindi();
        PredictionRecord p = new PredictionRecord(film.id(), "hi.pre-release.xgboost", 2, 3e7, 1e7, 9e7, 0.4,
                Instant.parse("2024-06-01T08:00:00Z"));
        assertThat(store.saveMovieWithPrediction(film, p)).isTrue();
        assertThat(store.findMovie(film.id())).contains(film);
        assertThat(store.latestPrediction(film.id())).contains(p);
        assertThat(store.movieIds()).containsExactly(film.id());

        Movie updated = film.toBuilder().budgetUsd(99_000_000L).build();
        assertThat(store.saveMovieWithPrediction(updated, p)).isFalse();
        assertThat(store.findMovie(film.id())).contains(updated);
        assertThat(store.stats().rows("predictions")).isEqualTo(1);

        Movie other = SyntheticMovies.movie(777, 4);
        PredictionRecord forOther = new PredictionRecord(other.id(), "hi.pre-release.xgboost", 2, 1e6, null, null,
                null, Instant.parse("2024-06-01T08:00:00Z"));
        assertThat(store.saveMovieWithPrediction(other, forOther)).isTrue();
        assertThat(store.movieIds()).containsExactlyInAnyOrder(film.id(), other.id());
        assertThat(store.stats().rows("credits")).isEqualTo(4);
        assertThatThrownBy(() -> store.saveMovieWithPrediction(film, forOther))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prediction is for movie 777");
    }

    @Test
    void latest_and_upcoming_predictions_are_newest_first_with_film_facts() {
        Movie later = Films.hindi();
        Movie sooner = SyntheticMovies.movie(900, 3).toBuilder().releaseDate(LocalDate.of(2030, 1, 31)).build();
        Movie past = SyntheticMovies.movie(901, 3).toBuilder().releaseDate(LocalDate.of(2019, 5, 1)).build();
        store.upsertMovies(List.of(later, sooner, past));
        PredictionRecord oldModel = prediction(later.id(), 1, "2024-06-01T00:00:00Z", null);
        PredictionRecord newModel = prediction(later.id(), 2, "2024-06-08T00:00:00Z", 0.4);
        store.savePrediction(newModel);
        store.savePrediction(oldModel);
        store.savePrediction(prediction(sooner.id(), 2, "2024-06-08T00:00:00Z", null));
        store.savePrediction(prediction(past.id(), 2, "2024-06-08T00:00:00Z", null));

        assertThat(store.latestPrediction(later.id())).contains(newModel);
        assertThat(store.latestPrediction(31337)).isEmpty();
        List<UpcomingPrediction> upcoming = store.upcomingPredictions(LocalDate.of(2024, 6, 10));
        assertThat(upcoming).extracting(u -> u.prediction().movieId()).containsExactly(later.id(), sooner.id());
        assertThat(upcoming.get(0)).isEqualTo(new UpcomingPrediction(newModel, "Pathaan 2", LocalDate.of(2031, 8, 15),
                "/pathaan2.jpg"));
        assertThat(store.upcomingPredictions(LocalDate.of(2031, 8, 15))).hasSize(1);
    }

    @Test
    void title_search_ignores_case_ranks_exact_then_prefix_then_popularity_and_treats_wildcards_as_text() {
        Movie avatarTwo = Movie.builder(76_600, "Avatar: The Way of Water").popularity(300.0).build();
        Movie notAvatar = Movie.builder(12, "The Last Airbender (Avatar)").popularity(900.0).build();
        Movie percent = Movie.builder(13, "100% Wolf").build();
        store.upsertMovies(List.of(Films.avatar(), avatarTwo, notAvatar, percent, Films.sparse()));

        List<TitleMatch> found = store.searchMovies("  aVaTaR ", 10);
        assertThat(found).extracting(TitleMatch::tmdbId).containsExactly(19_995L, 76_600L, 12L);
        assertThat(found.get(0)).isEqualTo(new TitleMatch(19_995, "Avatar", Films.avatar().releaseDate(),
                Films.avatar().posterPath()));
        assertThat(store.searchMovies("avatar", 1)).extracting(TitleMatch::tmdbId).containsExactly(19_995L);
        assertThat(store.searchMovies("AVATAR:", 5)).extracting(TitleMatch::tmdbId).containsExactly(76_600L);
        assertThat(store.searchMovies("0%", 10)).extracting(TitleMatch::title).containsExactly("100% Wolf");
        assertThat(store.searchMovies("%", 10)).extracting(TitleMatch::tmdbId).containsExactly(13L);
        assertThat(store.searchMovies("_", 10)).isEmpty();
        assertThatThrownBy(() -> store.searchMovies(" ", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.searchMovies("a", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PredictionRecord prediction(long movieId, int version, String at, Double hit) {
        return new PredictionRecord(movieId, "xgb-revenue", version, 1e7 * version, null, null, hit, Instant.parse(at));
    }

    @Test
    void a_transaction_failing_midway_leaves_nothing() {
        List<Movie> movies = SyntheticMovies.generate(300, 20, 1);
        MovieUpsert upsert = new MovieUpsert(db.dialect());

        assertThatThrownBy(() -> db.write("failing on purpose", c -> {
            upsert.upsert(c, movies, NOW);
            throw new IllegalStateException("the process dies here");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.stats().featureGroups().values()).containsOnly(0L);

        assertThat(store.upsertMovies(movies)).isEqualTo(new UpsertCounts(300, 0, 0));
    }

    @Test
    void a_reader_in_another_connection_sees_whole_batches_only() throws Exception {
        List<Movie> movies = SyntheticMovies.generate(2000, 50, 1);
        CompletableFuture<UpsertCounts> writer = CompletableFuture.supplyAsync(() -> store.upsertMovies(movies, 500));
        List<StoreStats> seen = new ArrayList<>();
        while (!writer.isDone()) seen.add(store.stats());
        seen.add(store.stats());

        assertThat(writer.get()).isEqualTo(new UpsertCounts(2000, 0, 0));
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.rows("movies") % 500).as("movies seen: %s", s.rows("movies")).isZero();
            assertThat(s.rows("credits")).isEqualTo(s.rows("movies") * 50);
        });
        assertThat(seen.get(seen.size() - 1).rows("movies")).isEqualTo(2000);
    }
}
