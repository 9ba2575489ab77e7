package dev.boxoffice.model;

/**
 * One point of a ROC curve (x = false positive rate, y = true positive rate) or of a precision-recall curve
 * (x = recall, y = precision), reached by calling positive every score at or above {@code threshold}.
 * The first point of a curve has threshold +Infinity: nothing is called positive.
 */
public record CurvePoint(double x, double y, double threshold) {
    public CurvePoint {
        if (!(x >= 0 && x <= 1)) throw new IllegalArgumentException("x must be in [0, 1], got " + x);
        if (!(y >= 0 && y <= 1)) throw new IllegalArgumentException("y must be in [0, 1], got " + y);
        if (Double.isNaN(threshold)) throw new IllegalArgumentException("threshold must not be NaN");
    }
}
