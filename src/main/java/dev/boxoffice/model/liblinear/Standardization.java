package dev.boxoffice.model.liblinear;

import dev.boxoffice.model.TrainingSet;

/**
 * Per-feature mean and scale fitted on training rows (population standard deviation, as scikit-learn's
 * StandardScaler; a constant feature gets scale 1).
 */
final class Standardization {
    final double[] means;
    final double[] scales;

    Standardization(double[] means, double[] scales) {
        this.means = means;
        this.scales = scales;
    }

    static Standardization fit(TrainingSet set) {
        int p = set.width(), n = set.size();
        double[] mean = new double[p];
        double[] scale = new double[p];
        double[][] x = set.matrix();
        for (double[] row : x) for (int j = 0; j < p; j++) mean[j] += row[j] / n;
        for (double[] row : x) for (int j = 0; j < p; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
        for (int j = 0; j < p; j++) {
            scale[j] = Math.sqrt(scale[j]);
            if (scale[j] == 0 || !Double.isFinite(scale[j])) scale[j] = 1;
        }
        return new Standardization(mean, scale);
    }

    double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) z[j] = (row[j] - means[j]) / scales[j];
        return z;
    }
}
