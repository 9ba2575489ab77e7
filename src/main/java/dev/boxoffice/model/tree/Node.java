package dev.boxoffice.model.tree;

/**
 * One node of a binary decision tree. A split node sends a row to {@code left} or {@code right} by comparing
 * feature {@code feature} with {@code threshold}; a leaf ({@code feature == -1}) holds {@code value}.
 * {@code cover} is the training weight that reached the node (row count or hessian sum), used by TreeSHAP.
 */
public record Node(int feature, double threshold, int left, int right, boolean defaultLeft, Missing missing,
                   double value, double cover) {

    /** How a split treats missing values (NaN), following LightGBM's missing types. */
    public enum Missing {
        /** No missing values seen in training: NaN is read as 0 and compared. */
        NONE,
        /** Zero (and NaN) are missing and go the default way. */
        ZERO,
        /** NaN is missing and goes the default way. */
        NAN
    }

    public Node {
        if (feature < -1) throw new IllegalArgumentException("feature must be >= -1, got " + feature);
        if (feature >= 0 && (left < 0 || right < 0)) {
            throw new IllegalArgumentException("a split node needs two children, got " + left + " and " + right);
        }
        if (missing == null) throw new IllegalArgumentException("missing must not be null");
        if (!(cover >= 0)) throw new IllegalArgumentException("cover must be >= 0, got " + cover);
    }

    /** A leaf holding {@code value}. */
    public static Node leaf(double value, double cover) {
        return new Node(-1, 0, -1, -1, false, Missing.NAN, value, cover);
    }

    public boolean isLeaf() {
        return feature == -1;
    }
}
