package dev.boxoffice.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Scores sorted from highest to lowest and grouped by distinct value, with the cumulative true and false
 * positives when everything scoring at least each distinct value is called positive. Ties fall into one
 * group, which is how scikit-learn's roc_curve and precision_recall_curve treat them.
 */
final class ScoreRanking {
    private final double[] thresholds;
    private final int[] truePositives;
    private final int[] falsePositives;
    private final int positives;
    private final int negatives;

    ScoreRanking(double[] labels01, double[] scores) {
        if (labels01.length != scores.length) {
            throw new IllegalArgumentException("labels and scores must have the same length, got "
                    + labels01.length + " and " + scores.length);
        }
        if (labels01.length == 0) throw new IllegalArgumentException("no rows to evaluate");
        for (int i = 0; i < scores.length; i++) {
            if (labels01[i] != 0 && labels01[i] != 1) {
                throw new IllegalArgumentException("labels[" + i + "] must be 0 or 1, got " + labels01[i]);
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] must be finite, got " + scores[i]);
            }
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double[] th = new double[scores.length];
        int[] tp = new int[scores.length];
        int[] fp = new int[scores.length];
        int groups = 0, tpSoFar = 0, fpSoFar = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (labels01[i] == 1) tpSoFar++; else fpSoFar++;
            boolean lastOfGroup = k == order.length - 1 || scores[order[k + 1]] != scores[i];
            if (lastOfGroup) {
                th[groups] = scores[i];
                tp[groups] = tpSoFar;
                fp[groups] = fpSoFar;
                groups++;
            }
        }
        this.thresholds = Arrays.copyOf(th, groups);
        this.truePositives = Arrays.copyOf(tp, groups);
        this.falsePositives = Arrays.copyOf(fp, groups);
        this.positives = tpSoFar;
        this.negatives = fpSoFar;
    }

    int groups() { return thresholds.length; }
    double threshold(int g) { return thresholds[g]; }
    int truePositives(int g) { return truePositives[g]; }
    int falsePositives(int g) { return falsePositives[g]; }
    int positives() { return positives; }
    int negatives() { return negatives; }

    /** Area under the ROC curve by the trapezoidal rule, so a tied group counts as half right. */
    double auc() {
        if (positives == 0 || negatives == 0) return Double.NaN;
        double area = 0;
        int prevTp = 0, prevFp = 0;
        for (int g = 0; g < groups(); g++) {
            area += (double) (falsePositives[g] - prevFp) * (truePositives[g] + prevTp) / 2.0;
            prevTp = truePositives[g];
            prevFp = falsePositives[g];
        }
        return area / ((double) positives * negatives);
    }

    /** F1 when everything scoring at least the threshold of group g is called positive. */
    double f1(int g) {
        int tp = truePositives[g];
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + falsePositives[g] + (positives - tp));
    }
}
