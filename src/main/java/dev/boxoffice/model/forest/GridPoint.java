package dev.boxoffice.model.forest;

/** One combination of the forest grid and its RMSE on the validation set (log space). */
public record GridPoint(int depth, int trees, double validationRmse) {
    public GridPoint {
        if (depth < 1 || trees < 1) throw new IllegalArgumentException("depth and trees must be >= 1, got "
                + depth + " and " + trees);
    }
}
