package dev.boxoffice.jobs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A split-conformal 80% interval in log space: the 10th and 90th percentiles of held-out residuals
 * (actual minus predicted), added to a prediction. Coverage holds on average for films like the held-out ones.
 */
record ConformalInterval(double level, double lower, double upper) {
    static final double LEVEL = 0.8;

    /** Fits the interval on held-out actuals and predictions, with the finite-sample (n + 1) correction. */
    static ConformalInterval fit(double[] actual, double[] predicted) {
        int n = actual.length;
        if (n < 10) throw new IllegalArgumentException("need at least 10 held-out rows for an interval, got " + n);
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) residuals[i] = actual[i] - predicted[i];
        Arrays.sort(residuals);
        double alpha = (1 - LEVEL) / 2;
        int lo = (int) Math.floor(alpha * (n + 1)) - 1;
        int hi = (int) Math.ceil((1 - alpha) * (n + 1)) - 1;
        return new ConformalInterval(LEVEL, residuals[Math.max(0, lo)], residuals[Math.min(n - 1, hi)]);
    }

    /** The share of rows whose actual value falls inside the interval around its prediction. */
    double coverage(double[] actual, double[] predicted) {
        if (actual.length == 0) return Double.NaN;
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            double r = actual[i] - predicted[i];
            if (r >= lower && r <= upper) inside++;
        }
        return (double) inside / actual.length;
    }

    Map<String, Object> toMap(double testCoverage, double plausibleCoverage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("lower", lower);
        m.put("upper", upper);
        m.put("test_coverage", testCoverage);
        m.put("test_plausible_coverage", plausibleCoverage);
        return m;
    }
}
