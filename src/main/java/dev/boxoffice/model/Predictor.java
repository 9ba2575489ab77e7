package dev.boxoffice.model;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.model.ensemble.SwitchModel;
import dev.boxoffice.store.ModelCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores films with one regression model and, optionally, a hit classifier, each through its own feature
 * set over the same film history: the serving end of the one feature definition. Immutable and thread-safe.
 */
public final class Predictor {
    /** How many feature contributions a prediction carries. */
    public static final int TOP_CONTRIBUTIONS = 5;
    /** The key under which a regressor's card holds its conformal interval (log-space residual quantiles). */
    public static final String INTERVAL_METRICS = "interval";
    /**
     * What a card's metric parts end with for the model a {@link SwitchModel} uses when its indicator is unset
     * (a film without credits): e.g. its interval is under "interval" + this.
     */
    public static final String UNSET_SUFFIX = "_without_credits";

    private final LoadedModel regressor;
    private final LoadedModel classifier;
    private final FilmHistory history;
    private final boolean sharesFeatures;
    /** The regressor's interval, and the one for rows its switch sends to the second model (else the same). */
    private final Map<String, Double> interval;
    private final Map<String, Double> unsetInterval;
    private final SwitchModel switched;

    /** @param classifier may be null: predictions then carry no hit probability */
    public Predictor(LoadedModel regressor, LoadedModel classifier, FilmHistory history) {
        this.regressor = Objects.requireNonNull(regressor, "regressor");
        this.classifier = classifier;
        this.history = Objects.requireNonNull(history, "history");
        this.sharesFeatures = classifier != null && classifier.featureSet().label().equals(regressor.featureSet().label());
        // read off the card once: a film the switch sends to its second model takes that model's (wider) interval
        Map<String, Map<String, Double>> metrics = regressor.card().metrics();
        this.interval = metrics.get(INTERVAL_METRICS);
        this.switched = regressor.model() instanceof SwitchModel s ? s : null;
        this.unsetInterval = metrics.getOrDefault(INTERVAL_METRICS + UNSET_SUFFIX, interval);
        if (!ModelCard.REGRESSION.equals(regressor.card().task())) {
            throw new IllegalArgumentException(regressor.card().ref() + " is not a regression model");
        }
        if (classifier != null && !ModelCard.CLASSIFICATION.equals(classifier.card().task())) {
            throw new IllegalArgumentException(classifier.card().ref() + " is not a classifier");
        }
    }

    public LoadedModel regressor() {
        return regressor;
    }

    /** The classifier, or null. */
    public LoadedModel classifier() {
        return classifier;
    }

    /** Predicts one film with its top contributions; {@code today} dates the features of a film with no release date. */
    public FilmPrediction predict(Movie movie, LocalDate today) {
        return predict(movie, today, true);
    }

    /**
     * Predicts one film; without {@code explain} the contributions list is empty. Explaining runs TreeSHAP
     * over every tree, which costs far more than the prediction itself, so high-volume callers may skip it.
     */
    public FilmPrediction predict(Movie movie, LocalDate today, boolean explain) {
        double[] x = regressor.featureSet().extract(movie, history, today);
        double logRevenue = regressor.model().predict(x);
        Map<String, Double> interval = switched != null && !switched.isSet(x) ? unsetInterval : this.interval;
        Double lower = null;
        Double upper = null;
        double level = Double.NaN;
        if (interval != null && interval.containsKey("lower") && interval.containsKey("upper")) {
            lower = dollars(logRevenue + interval.get("lower"));
            upper = dollars(logRevenue + interval.get("upper"));
            level = interval.getOrDefault("level", Double.NaN);
        }
        Double hit = null;
        if (classifier != null) {
            // a profile's models usually share one feature set: extract once (extract returns a fresh array)
            double[] cx = sharesFeatures ? x : classifier.featureSet().extract(movie, history, today);
            hit = classifier.model().predict(cx);
        }
        ModelCard card = regressor.card();
        return new FilmPrediction(dollars(logRevenue), lower, upper, level, hit, card.name(), card.version(),
                classifier == null ? null : classifier.card().name(),
                classifier == null ? null : classifier.card().version(), card.profile(), card.market(),
                explain ? topContributions(x) : List.of());
    }

    /** Predicts many films, in order. */
    public List<FilmPrediction> predictAll(List<Movie> movies, LocalDate today) {
        List<FilmPrediction> out = new ArrayList<>(movies.size());
        for (Movie m : movies) out.add(predict(m, today));
        return out;
    }

    private List<FilmPrediction.Contribution> topContributions(double[] x) {
        double[] c = regressor.model().contributions(x);
        if (c.length == 0) return List.of();
        List<String> names = regressor.featureSet().names();
        int[] top = largestMagnitudes(c, names.size(), TOP_CONTRIBUTIONS);
        List<FilmPrediction.Contribution> out = new ArrayList<>(top.length);
        for (int i : top) out.add(new FilmPrediction.Contribution(names.get(i), x[i], c[i]));
        return List.copyOf(out);
    }

    /**
     * The indices of the {@code k} largest |c[i]| among the first {@code n}, largest first, ties in index order
     * (what a stable sort would give), without sorting all n: a pre-release film has about 80 features.
     */
    static int[] largestMagnitudes(double[] c, int n, int k) {
        int[] top = new int[Math.min(k, n)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            double m = Math.abs(c[i]);
            int at = size;
            while (at > 0 && Math.abs(c[top[at - 1]]) < m) at--;
            if (at >= top.length) continue;
            int last = Math.min(size, top.length - 1);
            System.arraycopy(top, at, top, at + 1, last - at);
            top[at] = i;
            if (size < top.length) size++;
        }
        return top;
    }

    private static double dollars(double logRevenue) {
        return Math.max(0, Math.expm1(logRevenue));
    }
}
