package dev.boxoffice.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A feature matrix with its target, as the trainers see it: one row per film, columns named by the
 * feature set. The target is log1p(revenue) for regression or 0/1 (hit) for classification.
 * Arrays are copied in and never handed out mutable; {@link #row(int)} returns a copy.
 */
public final class TrainingSet {
    private final List<String> featureNames;
    private final long[] ids;
    private final double[][] x;
    private final double[] y;

    public TrainingSet(List<String> featureNames, long[] ids, double[][] x, double[] y) {
        this.featureNames = List.copyOf(featureNames);
        Objects.requireNonNull(ids, "ids");
        if (ids.length != x.length || x.length != y.length) {
            throw new IllegalArgumentException("ids, x and y must have the same length, got "
                    + ids.length + ", " + x.length + ", " + y.length);
        }
        this.ids = ids.clone();
        this.x = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != featureNames.size()) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, expected "
                        + featureNames.size());
            }
            this.x[i] = x[i].clone();
        }
        this.y = y.clone();
    }

    public List<String> featureNames() { return featureNames; }
    public int size() { return y.length; }
    public int width() { return featureNames.size(); }
    public long id(int i) { return ids[i]; }
    public double target(int i) { return y[i]; }
    public double[] row(int i) { return x[i].clone(); }

    /** A copy of the targets. */
    public double[] targets() { return y.clone(); }

    /** A copy of the ids. */
    public long[] ids() { return ids.clone(); }

    /** A copy of the matrix. */
    public double[][] matrix() {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) copy[i] = x[i].clone();
        return copy;
    }

    /** The matrix flattened row-major, the layout the native libraries take. */
    public double[] rowMajor() {
        double[] flat = new double[x.length * width()];
        for (int i = 0; i < x.length; i++) System.arraycopy(x[i], 0, flat, i * width(), width());
        return flat;
    }

    /** The rows at the given indices, in that order. */
    public TrainingSet subset(int[] indices) {
        long[] subIds = new long[indices.length];
        double[][] subX = new double[indices.length][];
        double[] subY = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            subIds[k] = ids[indices[k]];
            subX[k] = x[indices[k]];
            subY[k] = y[indices[k]];
        }
        return new TrainingSet(featureNames, subIds, subX, subY);
    }

    /** The same rows with another target (e.g. the hit label in place of log revenue). */
    public TrainingSet withTargets(double[] newY) {
        return new TrainingSet(featureNames, ids, x, newY);
    }

    @Override public String toString() {
        return "TrainingSet[" + size() + " rows x " + width() + " features " + featureNames + "]";
    }

    @Override public boolean equals(Object o) {
        return o instanceof TrainingSet t && featureNames.equals(t.featureNames) && Arrays.equals(ids, t.ids)
                && Arrays.deepEquals(x, t.x) && Arrays.equals(y, t.y);
    }

    @Override public int hashCode() {
        return Objects.hash(featureNames, Arrays.hashCode(ids), Arrays.hashCode(y));
    }
}
