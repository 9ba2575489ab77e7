package dev.boxoffice.model.forest;

/**
 * The best squared-error split of one node, over the features scanned so far. A split between two distinct
 * sorted values scores sumLeft^2 / weightLeft + sumRight^2 / weightRight (the larger, the lower the squared
 * error); rows whose value is NaN are tried on both sides. Ties keep the first split found.
 */
final class SplitSearch {
    private final double[][] columns;
    private final double[] y;
    private final int[] w;
    private final int minRowsInLeaf;

    int feature = -1;
    double threshold;
    boolean nanLeft;
    double score = Double.NEGATIVE_INFINITY;

    SplitSearch(double[][] columns, double[] y, int[] weights, int minRowsInLeaf) {
        this.columns = columns;
        this.y = y;
        this.w = weights;
        this.minRowsInLeaf = minRowsInLeaf;
    }

    /** Scans feature f over the node's rows {@code ord[start, end)}, sorted by f with NaN last. */
    void scan(int f, int[] ord, int start, int end, double sumW, double sum) {
        double[] col = columns[f];
        int nonNan = end;
        while (nonNan > start && Double.isNaN(col[ord[nonNan - 1]])) nonNan--;
        double nanW = 0, nanSum = 0;
        for (int p = nonNan; p < end; p++) {
            nanW += w[ord[p]];
            nanSum += w[ord[p]] * y[ord[p]];
        }
        int nanRows = end - nonNan;
        double lw = 0, ls = 0;
        for (int p = start; p < nonNan - 1; p++) {
            int r = ord[p];
            lw += w[r];
            ls += w[r] * y[r];
            double a = col[r], b = col[ord[p + 1]];
            if (a == b) continue;
            int leftRows = p - start + 1, rightRows = nonNan - start - leftRows;
            double rw = sumW - nanW - lw, rs = sum - nanSum - ls;
            // option 0: NaN rows join the left side, option 1: the right; without NaN rows, only one option
            for (int option = nanRows == 0 ? 1 : 0; option < 2; option++) {
                boolean left = option == 0;
                int lRows = leftRows + (left ? nanRows : 0), rRows = rightRows + (left ? 0 : nanRows);
                if (lRows < minRowsInLeaf || rRows < minRowsInLeaf) continue;
                double l = left ? lw + nanW : lw, lSum = left ? ls + nanSum : ls;
                double r2 = left ? rw : rw + nanW, rSum = left ? rs : rs + nanSum;
                double s = lSum * lSum / l + rSum * rSum / r2;
                if (s <= score) continue;
                score = s;
                feature = f;
                double t = a / 2.0 + b / 2.0;
                threshold = (t == b || Double.isInfinite(t)) ? a : t;
                // a split that saw no NaN sends a future NaN to the heavier side
                nanLeft = nanRows == 0 ? lw >= rw : left;
            }
        }
    }
}
