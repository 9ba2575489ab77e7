package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows a profile trains and evaluates on, as features: the regression target log1p(revenue), the hit
 * label, and which rows carry implausible money. Rows are the reference's (budget and revenue known,
 * genres and release date present) so every profile is judged on the same films.
 */
public record TrainingData(Profile profile, FeatureSet featureSet, List<Movie> movies, TrainingSet regression,
                           double[] hitLabels, boolean[] implausibleMoney) {

    public TrainingData {
        Objects.requireNonNull(profile, "profile");
        movies = List.copyOf(movies);
        hitLabels = hitLabels.clone();
        implausibleMoney = implausibleMoney.clone();
        if (movies.size() != regression.size() || hitLabels.length != movies.size()
                || implausibleMoney.length != movies.size()) {
            throw new IllegalArgumentException("movies, rows and labels must have the same length");
        }
    }

    /** The reference's eligibility: budget and revenue known, at least one genre, a release date. */
    public static boolean eligible(Movie m) {
        return m.budgetUsd() != null && m.revenueUsd() != null && !m.genres().isEmpty() && m.releaseDate() != null;
    }

    /**
     * Builds the profile's rows from the eligible films, in id order, with features computed point-in-time over the
     * whole history (each film sees only films released before it).
     */
    public static TrainingData build(List<Movie> all, Profile profile, FilmHistory history) {
        FeatureSet set = FeatureSets.forProfile(profile);
        List<Movie> rows = new ArrayList<>();
        for (Movie m : all) {
            if (eligible(m)) rows.add(m);
        }
        // rows in id order: the same films give the same models whether they came from a file or the store
        rows.sort(java.util.Comparator.comparingLong(Movie::id));
        int n = rows.size();
        long[] ids = new long[n];
        double[][] x = new double[n][];
        double[] y = new double[n];
        double[] hit = new double[n];
        boolean[] flagged = new boolean[n];
        for (int i = 0; i < n; i++) {
            Movie m = rows.get(i);
            ids[i] = m.id();
            x[i] = set.extract(m, history);
            y[i] = Math.log1p(m.revenueUsd());
            hit[i] = m.isHit() ? 1 : 0;
            flagged[i] = m.hasImplausibleMoney();
        }
        return new TrainingData(profile, set, rows, new TrainingSet(set.names(), ids, x, y), hit, flagged);
    }

    public int size() {
        return movies.size();
    }

    public double[] hitLabels() {
        return hitLabels.clone();
    }

    public boolean[] implausibleMoney() {
        return implausibleMoney.clone();
    }

    /** The classification rows: the same features with the hit label as target. */
    public TrainingSet classification() {
        return regression.withTargets(hitLabels);
    }

    public int flaggedCount() {
        int c = 0;
        for (boolean f : implausibleMoney) if (f) c++;
        return c;
    }
}
