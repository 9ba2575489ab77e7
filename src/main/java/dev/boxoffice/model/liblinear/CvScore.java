package dev.boxoffice.model.liblinear;

import java.util.List;
import java.util.Locale;

/** The cross-validated AUC of one C: mean and population standard deviation over the folds. */
public record CvScore(double c, double meanAuc, double stdAuc, List<Double> foldAucs) {
    public CvScore {
        foldAucs = List.copyOf(foldAucs);
    }

    /** Computes mean and standard deviation (ddof 0, as numpy's std) of the fold AUCs. */
    static CvScore of(double c, double[] aucs) {
        double mean = 0;
        for (double a : aucs) mean += a / aucs.length;
        double var = 0;
        for (double a : aucs) var += (a - mean) * (a - mean) / aucs.length;
        return new CvScore(c, mean, Math.sqrt(var), java.util.Arrays.stream(aucs).boxed().toList());
    }

    /** The line printed for this C, e.g. {@code C=0.1 0.8051 +- 0.0123}. */
    public String describe() {
        return String.format(Locale.ROOT, "C=%s %.4f +- %.4f", c, meanAuc, stdAuc);
    }
}
