package dev.boxoffice.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One film's computed features under one feature-set version: names and values in column order. NaN is a
 * missing value; infinities are rejected. The values array is copied in and out, so a row never changes.
 */
public record FeatureRow(long movieId, String featureSet, int version, List<String> names, double[] values) {
    public FeatureRow {
        Objects.requireNonNull(featureSet, "featureSet");
        if (featureSet.isBlank()) throw new IllegalArgumentException("featureSet must not be blank");
        if (version < 1) throw new IllegalArgumentException("version must be >= 1, got " + version);
        names = List.copyOf(names);
        values = values.clone();
        if (names.size() != values.length) {
            throw new IllegalArgumentException("names and values must have the same length, got " + names.size()
                    + " and " + values.length);
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("feature names must be distinct, got " + names);
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("feature " + names.get(i) + " must be finite or NaN, got "
                        + values[i]);
            }
        }
    }

    /** A copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value of feature {@code name}; throws IllegalArgumentException when the row has no such feature. */
    public double value(String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no feature " + name + " in " + featureSet + " v" + version);
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureRow r && movieId == r.movieId && version == r.version
                && featureSet.equals(r.featureSet) && names.equals(r.names) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(movieId, featureSet, version, names, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "FeatureRow[movieId=" + movieId + ", featureSet=" + featureSet + ", version=" + version
                + ", names=" + names + ", values=" + Arrays.toString(values) + "]";
    }
}
