package dev.boxoffice.model.liblinear;

import java.util.List;

/**
 * Hyper-parameters of the logistic regression.
 *
 * @param cGrid inverse regularisation strengths to cross-validate, each > 0 (a single value means no tuning)
 * @param folds cross-validation folds, >= 2
 * @param eps liblinear's stopping tolerance, > 0
 */
public record LogisticParams(List<Double> cGrid, int folds, double eps) {

    /** The reference study's grid, 5 folds, and scikit-learn's tolerance for liblinear. */
    public static final LogisticParams DEFAULTS =
            new LogisticParams(List.of(0.001, 0.01, 0.1, 0.5, 1.0, 5.0, 10.0), 5, 1e-4);

    public LogisticParams {
        cGrid = List.copyOf(cGrid);
        if (cGrid.isEmpty() || cGrid.stream().anyMatch(c -> !(c > 0) || Double.isInfinite(c))) {
            throw new IllegalArgumentException("cGrid must be non-empty with every C finite and > 0, got " + cGrid);
        }
        if (folds < 2) throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        if (!(eps > 0)) throw new IllegalArgumentException("eps must be > 0, got " + eps);
    }

    /** Fixed C, no cross-validation. */
    public static LogisticParams fixed(double c) {
        return new LogisticParams(List.of(c), DEFAULTS.folds, DEFAULTS.eps);
    }
}
