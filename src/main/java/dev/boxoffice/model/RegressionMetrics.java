package dev.boxoffice.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Regression quality of log1p(revenue) predictions. {@code rmse}, {@code r2} and {@code mae} are in log space
 * (as scikit-learn computes them on the log target); {@code maeUsd} and {@code medianApe} are on the dollar
 * scale, after expm1 of both actual and predicted. {@code medianApe} is a fraction (0.5 = 50%), like
 * scikit-learn's mean_absolute_percentage_error, over the rows whose actual revenue is not $0.
 */
public record RegressionMetrics(double rmse, double r2, double mae, double maeUsd, double medianApe, int n) {

    public RegressionMetrics {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        if (!(rmse >= 0)) throw new IllegalArgumentException("rmse must be >= 0, got " + rmse);
        if (!(mae >= 0)) throw new IllegalArgumentException("mae must be >= 0, got " + mae);
    }

    /**
     * Computes the metrics of predictions against actual values, both log1p(revenue).
     *
     * @throws IllegalArgumentException when the arrays are empty, differ in length or hold a non-finite value
     */
    public static RegressionMetrics of(double[] actualLog, double[] predictedLog) {
        if (actualLog.length != predictedLog.length) {
            throw new IllegalArgumentException("actual and predicted must have the same length, got "
                    + actualLog.length + " and " + predictedLog.length);
        }
        int n = actualLog.length;
        if (n == 0) throw new IllegalArgumentException("no rows to evaluate");
        double mean = 0;
        for (int i = 0; i < n; i++) {
            requireFinite("actual", i, actualLog[i]);
            requireFinite("predicted", i, predictedLog[i]);
            mean += actualLog[i];
        }
        mean /= n;
        double ssRes = 0, ssTot = 0, absSum = 0, absUsdSum = 0;
        double[] ape = new double[n];
        int apeCount = 0;
        for (int i = 0; i < n; i++) {
            double err = predictedLog[i] - actualLog[i];
            ssRes += err * err;
            ssTot += (actualLog[i] - mean) * (actualLog[i] - mean);
            absSum += Math.abs(err);
            double actualUsd = Math.expm1(actualLog[i]);
            double errUsd = Math.abs(Math.expm1(predictedLog[i]) - actualUsd);
            absUsdSum += errUsd;
            if (actualUsd != 0) ape[apeCount++] = errUsd / Math.abs(actualUsd);
        }
        // r2 follows sklearn's force_finite: a constant target scores 1 when matched exactly, else 0
        double r2 = ssTot == 0 ? (ssRes == 0 ? 1.0 : 0.0) : 1 - ssRes / ssTot;
        return new RegressionMetrics(Math.sqrt(ssRes / n), r2, absSum / n, absUsdSum / n,
                median(Arrays.copyOf(ape, apeCount)), n);
    }

    /** The metrics under the report keys rmse, r2, mae, mae_usd, median_ape, n. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rmse", rmse);
        map.put("r2", r2);
        map.put("mae", mae);
        map.put("mae_usd", maeUsd);
        map.put("median_ape", medianApe);
        map.put("n", n);
        return map;
    }

    private static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static void requireFinite(String what, int i, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + "[" + i + "] must be finite, got " + v);
    }
}
