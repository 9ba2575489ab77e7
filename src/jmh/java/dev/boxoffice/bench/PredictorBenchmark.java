package dev.boxoffice.bench;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.model.FilmPrediction;
import dev.boxoffice.model.Predictor;
import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
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
 * The model call alone, without HTTP or JSON: {@link Predictor#predict} of the production models in the
 * store of $BOXOFFICE_HOME (fill it with {@link BenchModels}), for the reference request (post-release
 * model) and a richer pre-release film with people and a franchise, with and without the TreeSHAP
 * explanation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PredictorBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private Movie reference;
    private Movie preRelease;
    private Predictor referencePredictor;
    private Predictor preReleasePredictor;
    private double[] referenceRow;
    private double[] referenceClassifierRow;

    @Setup
    public void load() {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        Clock clock = Clock.systemUTC();
        Database db = Database.open(config.effectiveDatabaseUrl());
        FeatureStore store = new FeatureStore(db, clock);
        List<Movie> films = store.loadMovies();
        ProductionModels models = ProductionModels.load(new ModelRegistry(db, clock), FilmHistory.of(films));
        reference = Movie.builder(0, "").budgetUsd(100_000_000L).runtimeMinutes(120.0).popularity(50.5)
                .voteAverage(7.2).build();
        Movie avengers = films.stream().filter(m -> m.title().equals("The Avengers")).findFirst().orElseThrow();
        preRelease = Movie.builder(0, "Avengers: Secret Wars").releaseDate(LocalDate.of(2027, 5, 7))
                .budgetUsd(200_000_000L).runtimeMinutes(136.0).originalLanguage("en")
                .genres(List.of("Action", "Adventure", "Science Fiction"))
                .productionCompanies(avengers.productionCompanies())
                .collection(new Named(86311, "The Avengers Collection"))
                .credits(new Credits(avengers.credits().cast().subList(0, 3),
                        avengers.credits().crew().stream().filter(c -> "Director".equals(c.job())).toList()))
                .build();
        referencePredictor = models.choose(reference).orElseThrow();
        FilmHistory history = FilmHistory.of(films);
        referenceRow = referencePredictor.regressor().featureSet().extract(reference, history, TODAY);
        referenceClassifierRow = referencePredictor.classifier().featureSet().extract(reference, history, TODAY);
        preReleasePredictor = models.choose(preRelease).orElseThrow();
    }

    @Benchmark
    public FilmPrediction reference_request() {
        return referencePredictor.predict(reference, TODAY);
    }

    @Benchmark
    public FilmPrediction pre_release_with_people() {
        return preReleasePredictor.predict(preRelease, TODAY);
    }

    @Benchmark
    public double reference_regressor_alone() {
        return referencePredictor.regressor().model().predict(referenceRow);
    }

    @Benchmark
    public double[] reference_regressor_explanation_alone() {
        return referencePredictor.regressor().model().contributions(referenceRow);
    }

    @Benchmark
    public double reference_classifier_alone() {
        return referencePredictor.classifier().model().predict(referenceClassifierRow);
    }

    @Benchmark
    public FilmPrediction reference_request_unexplained() {
        return referencePredictor.predict(reference, TODAY, false);
    }

    @Benchmark
    public FilmPrediction pre_release_with_people_unexplained() {
        return preReleasePredictor.predict(preRelease, TODAY, false);
    }

}
