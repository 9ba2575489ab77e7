package dev.boxoffice.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well hit probabilities match observed hit rates: the Brier score, a reliability diagram of equal-width
 * probability bins, and the expected calibration error (the count-weighted mean of |observed rate - mean
 * predicted| over the bins). Bins are half-open as numpy's histogram bins: a probability on an inner edge
 * belongs to the bin above it, and 1.0 to the last bin. (scikit-learn 1.2's {@code calibration_curve} puts an
 * edge value in the bin below; away from the edges both give the same bins.)
 */
public record Calibration(double brier, double expectedCalibrationError, int n, List<CalibrationBin> bins) {
    /** The number of bins the reports use: 0.0-0.1, 0.1-0.2, ..., 0.9-1.0. */
    public static final int REPORT_BINS = 10;

    public Calibration {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        if (!(brier >= 0 && brier <= 1)) throw new IllegalArgumentException("brier must be in [0, 1], got " + brier);
        if (!(expectedCalibrationError >= 0 && expectedCalibrationError <= 1)) {
            throw new IllegalArgumentException("expectedCalibrationError must be in [0, 1], got "
                    + expectedCalibrationError);
        }
        bins = List.copyOf(bins);
        if (bins.isEmpty()) throw new IllegalArgumentException("bins must not be empty");
        int counted = bins.stream().mapToInt(CalibrationBin::count).sum();
        if (counted != n) throw new IllegalArgumentException("bin counts must sum to n = " + n + ", got " + counted);
    }

    /**
     * Bins 0/1 labels by their predicted probability into {@code binCount} equal-width bins over [0, 1].
     *
     * @throws IllegalArgumentException when lengths differ or are 0, a label is not 0/1, a probability is outside
     *                                  [0, 1], or binCount is below 1
     */
    public static Calibration of(double[] labels01, double[] probabilities, int binCount) {
        if (binCount < 1) throw new IllegalArgumentException("binCount must be >= 1, got " + binCount);
        if (labels01.length != probabilities.length) {
            throw new IllegalArgumentException("labels01 and probabilities differ in length: " + labels01.length
                    + " vs " + probabilities.length);
        }
        int n = probabilities.length;
        if (n == 0) throw new IllegalArgumentException("need at least one probability");
        int[] count = new int[binCount];
        double[] sumPredicted = new double[binCount];
        double[] hits = new double[binCount];
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double p = probabilities[i];
            double y = labels01[i];
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probabilities[" + i + "] must be in [0, 1], got " + p);
            if (y != 0 && y != 1) throw new IllegalArgumentException("labels01[" + i + "] must be 0 or 1, got " + y);
            int b = binOf(p, binCount);
            count[b]++;
            sumPredicted[b] += p;
            hits[b] += y;
            squares += (p - y) * (p - y);
        }
        List<CalibrationBin> bins = new ArrayList<>(binCount);
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            CalibrationBin bin = count[b] == 0
                    ? new CalibrationBin(edge(b, binCount), edge(b + 1, binCount), 0, Double.NaN, Double.NaN)
                    : new CalibrationBin(edge(b, binCount), edge(b + 1, binCount), count[b],
                            sumPredicted[b] / count[b], hits[b] / count[b]);
            bins.add(bin);
            ece += (double) bin.count() / n * bin.gap();
        }
        return new Calibration(squares / n, ece, n, bins);
    }

    /** The largest gap of a non-empty bin. */
    public double maxCalibrationError() {
        return bins.stream().mapToDouble(CalibrationBin::gap).max().orElse(0);
    }

    /** The report keys brier, expected_calibration_error, max_calibration_error, n and bins (one map per bin). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brier", brier);
        m.put("expected_calibration_error", expectedCalibrationError);
        m.put("max_calibration_error", maxCalibrationError());
        m.put("n", n);
        m.put("bins", bins.stream().map(CalibrationBin::toMap).toList());
        return m;
    }

    /** k / binCount, so the edges are the doubles nearest 0.1, 0.2, ... rather than sums of 0.1. */
    private static double edge(int k, int binCount) {
        return (double) k / binCount;
    }

    private static int binOf(double p, int binCount) {
        int b = (int) Math.floor(p * binCount);
        // p * binCount can round across an edge; settle the bin against the edges themselves
        if (b < binCount && p >= edge(b + 1, binCount)) b++;
        if (b > 0 && p < edge(b, binCount)) b--;
        return Math.min(b, binCount - 1);
    }
}
