package dev.boxoffice.model.ols;

import dev.boxoffice.model.Task;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingInputs;
import dev.boxoffice.model.TrainingSet;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.linsol.svd.SolvePseudoInverseSvd_DDRM;

/**
 * Linear regression of log1p(revenue) by exact least squares with an intercept, as scikit-learn's
 * LinearRegression: features and target are centred on their training means, the centred system is solved by
 * the SVD pseudo-inverse with LAPACK's cut-off (singular values below eps * max(n, p) * the largest are
 * dropped), which is scikit-learn's minimum-norm solution, so constant or collinear columns (one-hot groups,
 * "known" flags that never vary in training) get a bounded share instead of huge cancelling coefficients; the
 * intercept restores the means. Needs no validation set.
 */
public final class OlsTrainer implements Trainer {

    @Override public String name() { return "linear_regression"; }
    @Override public Task task() { return Task.REGRESSION; }
    @Override public Map<String, Object> params() { return Map.of("fit_intercept", true, "solver", "svd-lstsq"); }

    /**
     * Fits the model; {@code validation} and {@code seed} are unused (the fit is exact and deterministic).
     *
     * @throws IllegalArgumentException for an empty training set or a non-finite value
     * @throws TrainingException when the decomposition fails
     */
    @Override
    public OlsModel train(TrainingSet train, TrainingSet validation, long seed) {
        TrainingInputs.check(name(), Task.REGRESSION, train, validation);
        int n = train.size(), p = train.width();
        double[] xMean = new double[p];
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            double[] row = train.row(i);
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(name() + ": feature " + train.featureNames().get(j)
                            + " of row " + i + " (id " + train.id(i) + ") must be finite, got " + row[j]);
                }
                xMean[j] += row[j];
            }
            if (!Double.isFinite(train.target(i))) {
                throw new IllegalArgumentException(name() + ": target of row " + i + " must be finite, got "
                        + train.target(i));
            }
            yMean += train.target(i);
        }
        // sum first, divide once: a constant column then centres to exactly zero
        for (int j = 0; j < p; j++) xMean[j] /= n;
        yMean /= n;
        DMatrixRMaj a = new DMatrixRMaj(n, p);
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double[] row = train.row(i);
            for (int j = 0; j < p; j++) a.set(i, j, row[j] - xMean[j]);
            b.set(i, 0, train.target(i) - yMean);
        }
        DMatrixRMaj coef = new DMatrixRMaj(p, 1);
        SolvePseudoInverseSvd_DDRM solver = new SolvePseudoInverseSvd_DDRM(n, p);
        if (!solver.setA(a)) throw new TrainingException(name() + ": SVD failed with params " + params());
        solver.solve(b, coef);
        double[] coefficients = new double[p];
        double intercept = yMean;
        for (int j = 0; j < p; j++) {
            coefficients[j] = coef.get(j, 0);
            if (!Double.isFinite(coefficients[j])) {
                throw new TrainingException(name() + ": coefficient of " + train.featureNames().get(j)
                        + " is " + coefficients[j] + " with params " + params());
            }
            intercept -= coefficients[j] * xMean[j];
        }
        return OlsModel.of(train.featureNames(), coefficients, intercept);
    }

    @Override
    public String toString() {
        return name();
    }
}
