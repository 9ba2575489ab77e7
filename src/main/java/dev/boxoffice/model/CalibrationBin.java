package dev.boxoffice.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One probability bin of a reliability diagram: the films whose predicted hit probability lies in
 * [{@code lower}, {@code upper}) (the last bin also holds 1.0), how many there are, their mean predicted
 * probability and the share of them that were hits. An empty bin has NaN for both means: nothing is known.
 */
public record CalibrationBin(double lower, double upper, int count, double meanPredicted, double observedRate) {
    public CalibrationBin {
        if (!(lower >= 0 && lower < upper && upper <= 1)) {
            throw new IllegalArgumentException("need 0 <= lower < upper <= 1, got [" + lower + ", " + upper + ")");
        }
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
        if (count == 0 && !(Double.isNaN(meanPredicted) && Double.isNaN(observedRate))) {
            throw new IllegalArgumentException("an empty bin has no means, got " + meanPredicted + ", " + observedRate);
        }
        // a mean of doubles may land an ulp outside its bin; anything further is a bug in the caller
        if (count > 0 && !(meanPredicted >= lower - 1e-12 && meanPredicted <= upper + 1e-12)) {
            throw new IllegalArgumentException("meanPredicted must be in [" + lower + ", " + upper + "], got "
                    + meanPredicted);
        }
        if (count > 0 && !(observedRate >= 0 && observedRate <= 1)) {
            throw new IllegalArgumentException("observedRate must be in [0, 1], got " + observedRate);
        }
    }

    /** |observed rate - mean predicted|; 0 for an empty bin, which weighs nothing in the calibration error. */
    public double gap() {
        return count == 0 ? 0 : Math.abs(observedRate - meanPredicted);
    }

    /** The bin under the report keys lower, upper, count, mean_predicted, observed_rate (null when empty). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lower", lower);
        m.put("upper", upper);
        m.put("count", count);
        m.put("mean_predicted", count == 0 ? null : meanPredicted);
        m.put("observed_rate", count == 0 ? null : observedRate);
        return m;
    }
}
