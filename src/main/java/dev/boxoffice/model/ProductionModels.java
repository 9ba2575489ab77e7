package dev.boxoffice.model;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The production models of the registry, loaded and paired into one {@link Predictor} per market and
 * profile (a regressor with the classifier of the same market and profile, when there is one).
 * Immutable: a promotion is picked up by loading a new instance.
 */
public final class ProductionModels {
    private final Map<String, Predictor> byMarketAndProfile;
    private final List<ModelCard> cards;

    private ProductionModels(Map<String, Predictor> byMarketAndProfile, List<ModelCard> cards) {
        this.byMarketAndProfile = Map.copyOf(byMarketAndProfile);
        this.cards = List.copyOf(cards);
    }

    /** Loads every production model; a regressor whose feature set this build does not know is an error. */
    public static ProductionModels load(ModelRegistry registry, FilmHistory history) {
        List<RegisteredModel> production = new ArrayList<>(registry.productionModels());
        // newest first, so when two names of one market, task and profile are both in production the newer wins
        production.sort(Comparator.comparing((RegisteredModel r) -> r.card().createdAt()).reversed());
        Map<String, LoadedModel> regressors = new LinkedHashMap<>();
        Map<String, LoadedModel> classifiers = new LinkedHashMap<>();
        List<ModelCard> cards = new ArrayList<>();
        for (RegisteredModel r : production) {
            ModelCard card = r.card();
            Map<String, LoadedModel> slot = ModelCard.REGRESSION.equals(card.task()) ? regressors : classifiers;
            String key = key(card.market(), card.profile());
            if (slot.containsKey(key)) continue;
            slot.put(key, LoadedModel.load(registry, r));
            cards.add(card);
        }
        Map<String, Predictor> predictors = new LinkedHashMap<>();
        regressors.forEach((key, reg) -> predictors.put(key, new Predictor(reg, classifiers.get(key), history)));
        return new ProductionModels(predictors, cards);
    }

    /** True when no regression model is in production. */
    public boolean isEmpty() {
        return byMarketAndProfile.isEmpty();
    }

    /** The cards of the loaded models (regressors and classifiers). */
    public List<ModelCard> cards() {
        return cards;
    }

    /** The predictor of a market and profile, if one is in production. */
    public Optional<Predictor> find(String market, Profile profile) {
        return Optional.ofNullable(byMarketAndProfile.get(key(market, profile.cliName())));
    }

    /**
     * The predictor for a film: first a model built for its market (for a Hindi film, the Hindi model, which
     * reads an unknown fact as the typical Hindi film; else the Hindi reference forest when the film has its
     * signals); then its market's general models (else the global ones): the post-release model when the
     * film has all audience signals (popularity, vote average and vote count), the seed model when it has the
     * reference's two (popularity and vote average), and otherwise only the pre-release model: a model never
     * scores a film whose signals it would have to read as zeros.
     */
    public Optional<Predictor> choose(Movie movie) {
        if (Movie.HINDI.equals(movie.market())) {
            Optional<Predictor> hindi = find(Movie.HINDI, Profile.HINDI);
            if (hindi.isPresent()) return hindi;
            if (movie.popularity() != null && movie.people() != null) {
                Optional<Predictor> reference = find(Movie.HINDI, Profile.HINDI_REFERENCE);
                if (reference.isPresent()) return reference;
            }
        }
        boolean referenceSignals = movie.popularity() != null && movie.voteAverage() != null;
        boolean allSignals = referenceSignals && movie.voteCount() != null;
        List<Profile> order = allSignals ? List.of(Profile.POST_RELEASE, Profile.SEED, Profile.PRE_RELEASE)
                : referenceSignals ? List.of(Profile.SEED, Profile.PRE_RELEASE)
                : List.of(Profile.PRE_RELEASE);
        for (String market : List.of(movie.market(), Movie.GLOBAL)) {
            for (Profile p : order) {
                Optional<Predictor> found = find(market, p);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The predictor for forecasting a film that may come from a later time than the training data: the
     * pre-release model of its market (else the global one) when one is in production, because it reads
     * nothing whose scale drifts (TMDB popularity was rescaled, vote counts grow with age); a Hindi film
     * with Hindi models keeps them; otherwise as {@link #choose(Movie)}.
     */
    public Optional<Predictor> chooseForForecast(Movie movie) {
        boolean hindiModels = Movie.HINDI.equals(movie.market()) && find(Movie.HINDI, Profile.HINDI).isPresent();
        if (!hindiModels) {
            for (String market : List.of(movie.market(), Movie.GLOBAL)) {
                Optional<Predictor> found = find(market, Profile.PRE_RELEASE);
                if (found.isPresent()) return found;
            }
        }
        return choose(movie);
    }

    private static String key(String market, String profile) {
        return market + "/" + profile;
    }
}
