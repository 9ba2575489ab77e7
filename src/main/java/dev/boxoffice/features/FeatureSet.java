package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A versioned list of features: the one way a film becomes numbers, for training, back-tests, batch
 * scoring and the HTTP API alike. Renaming, reordering or changing a feature means a new version.
 * Immutable and thread-safe.
 */
public final class FeatureSet {
    private final String name;
    private final int version;
    private final Profile profile;
    private final List<Feature> features;
    private final List<FeatureDef> defs;
    private final List<String> names;
    private final String anchor;

    FeatureSet(String name, int version, Profile profile, List<Feature> features) {
        this(name, version, profile, features, null);
    }

    /** @param anchor the feature the models fit a straight line on before modelling the rest, or null */
    FeatureSet(String name, int version, Profile profile, List<Feature> features, String anchor) {
        if (version < 1) throw new IllegalArgumentException("version must be >= 1, got " + version);
        this.name = Objects.requireNonNull(name, "name");
        this.version = version;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.features = List.copyOf(features);
        this.defs = this.features.stream().map(Feature::def).toList();
        this.names = defs.stream().map(FeatureDef::name).toList();
        var seen = new HashSet<String>();
        for (FeatureDef d : defs) {
            if (!seen.add(d.name())) throw new IllegalArgumentException("duplicate feature " + d.name() + " in " + name);
        }
        if (anchor != null && !seen.contains(anchor)) {
            throw new IllegalArgumentException("anchor " + anchor + " is not a feature of " + name);
        }
        this.anchor = anchor;
    }

    public String name() { return name; }
    public int version() { return version; }
    public Profile profile() { return profile; }
    public List<FeatureDef> definitions() { return defs; }
    public int width() { return defs.size(); }

    /**
     * The feature whose straight line the regressors start from (they model what the line leaves), or null
     * when they model the target directly. The pre-release set anchors on the stated log budget.
     */
    public String anchor() { return anchor; }

    /** The feature names in column order. */
    public List<String> names() {
        return names;
    }

    /** True when every feature is known before release. */
    public boolean preReleaseOnly() {
        return defs.stream().allMatch(FeatureDef::knownBeforeRelease);
    }

    /**
     * Computes the film's features as of its release date (for an undated film, as of {@code today}),
     * looking back only on films released strictly before that day. Missing facts take each feature's
     * missing value, so the result never holds NaN.
     */
    public double[] extract(Movie movie, FilmHistory history, LocalDate today) {
        LocalDate asOf = movie.releaseDate() != null ? movie.releaseDate() : today;
        PointInTime at = new PointInTime(history, asOf);
        double[] row = new double[features.size()];
        for (int i = 0; i < row.length; i++) {
            Feature f = features.get(i);
            double v = f.function().apply(movie, at);
            row[i] = Double.isFinite(v) ? v : f.def().missingValue();
        }
        return row;
    }

    /** As {@link #extract(Movie, FilmHistory, LocalDate)}, for films that have a release date. */
    public double[] extract(Movie movie, FilmHistory history) {
        return extract(movie, history, null);
    }

    /** "name v1": how reports and the registry name the set. */
    public String label() {
        return name + " v" + version;
    }

    @Override
    public String toString() {
        return "FeatureSet[" + label() + ", " + names() + "]";
    }
}
