package dev.boxoffice.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality of hit probabilities against 0/1 labels. A film is called a hit when its probability is at or above
 * {@code threshold}. Precision is 0 when nothing is called a hit, recall 0 when there are no hits (scikit-learn's
 * zero_division default); {@code auc} is NaN when only one class is present; {@code brier} is the mean squared
 * difference between probability and label.
 */
public record ClassificationMetrics(double auc, double f1, double precision, double recall, double accuracy,
                                    double threshold, double brier, int n, int positives) {

    public ClassificationMetrics {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        if (positives < 0 || positives > n) {
            throw new IllegalArgumentException("positives must be in [0, " + n + "], got " + positives);
        }
        if (Double.isNaN(threshold)) throw new IllegalArgumentException("threshold must not be NaN");
    }

    /**
     * Computes the metrics at a threshold.
     *
     * @throws IllegalArgumentException when lengths differ, a label is not 0/1 or a probability is outside [0, 1]
     */
    public static ClassificationMetrics of(double[] labels01, double[] probabilities, double threshold) {
        ScoreRanking ranking = new ScoreRanking(labels01, probabilities);
        int tp = 0, fp = 0;
        double squares = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (p < 0 || p > 1) throw new IllegalArgumentException("probabilities[" + i + "] must be in [0, 1], got " + p);
            squares += (p - labels01[i]) * (p - labels01[i]);
            if (p >= threshold) {
                if (labels01[i] == 1) tp++; else fp++;
            }
        }
        int n = probabilities.length;
        int positives = ranking.positives();
        int fn = positives - tp;
        int tn = n - positives - fp;
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 0 : (double) tp / positives;
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new ClassificationMetrics(ranking.auc(), f1, precision, recall, (double) (tp + tn) / n, threshold,
                squares / n, n, positives);
    }

    /**
     * The threshold, among the distinct scores, that maximises F1 when every score at or above it is called
     * positive; on a tie the higher threshold wins. With no positive labels every threshold scores 0 and the
     * highest score is returned.
     */
    public static double bestF1Threshold(double[] labels01, double[] scores) {
        ScoreRanking ranking = new ScoreRanking(labels01, scores);
        int best = 0;
        for (int g = 1; g < ranking.groups(); g++) {
            if (ranking.f1(g) > ranking.f1(best)) best = g;
        }
        return ranking.threshold(best);
    }

    /** Area under the ROC curve, tied scores counting half (as scikit-learn's roc_auc_score); NaN for one class. */
    public static double auc(double[] labels01, double[] scores) {
        return new ScoreRanking(labels01, scores).auc();
    }

    /**
     * The ROC curve from (0, 0) to (1, 1), one point per distinct score, highest first.
     *
     * @throws IllegalArgumentException when only one class is present
     */
    public static List<CurvePoint> roc(double[] labels01, double[] scores) {
        ScoreRanking r = requireBothClasses(new ScoreRanking(labels01, scores));
        List<CurvePoint> points = new ArrayList<>(r.groups() + 1);
        points.add(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
        for (int g = 0; g < r.groups(); g++) {
            points.add(new CurvePoint((double) r.falsePositives(g) / r.negatives(),
                    (double) r.truePositives(g) / r.positives(), r.threshold(g)));
        }
        return List.copyOf(points);
    }

    /**
     * The precision-recall curve (x = recall, y = precision), one point per distinct score, highest first, after
     * the starting point (0, 1).
     *
     * @throws IllegalArgumentException when only one class is present
     */
    public static List<CurvePoint> precisionRecall(double[] labels01, double[] scores) {
        ScoreRanking r = requireBothClasses(new ScoreRanking(labels01, scores));
        List<CurvePoint> points = new ArrayList<>(r.groups() + 1);
        points.add(new CurvePoint(0, 1, Double.POSITIVE_INFINITY));
        for (int g = 0; g < r.groups(); g++) {
            int tp = r.truePositives(g);
            points.add(new CurvePoint((double) tp / r.positives(), (double) tp / (tp + r.falsePositives(g)),
                    r.threshold(g)));
        }
        return List.copyOf(points);
    }

    /** The metrics under the report keys auc, f1, precision, recall, accuracy, threshold, brier, n, positives. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("auc", auc);
        map.put("f1", f1);
        map.put("precision", precision);
        map.put("recall", recall);
        map.put("accuracy", accuracy);
        map.put("threshold", threshold);
        map.put("brier", brier);
        map.put("n", n);
        map.put("positives", positives);
        return map;
    }

    private static ScoreRanking requireBothClasses(ScoreRanking ranking) {
        if (ranking.positives() == 0 || ranking.negatives() == 0) {
            throw new IllegalArgumentException("a curve needs both classes, got " + ranking.positives()
                    + " positives and " + ranking.negatives() + " negatives");
        }
        return ranking;
    }
}
