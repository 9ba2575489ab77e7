package dev.boxoffice.jobs;

import dev.boxoffice.model.TrainedModel;
import dev.boxoffice.model.TrainingSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Global feature importance as the mean absolute per-film contribution (TreeSHAP for tree models). */
final class Importance {
    private Importance() {
    }

    /**
     * Films the mean is taken over at most: TreeSHAP of a deep forest costs about a second per hundred films,
     * and an even sample of 200 ranks the features as the whole test split does.
     */
    static final int MAX_FILMS = 200;

    /** The top features by mean |contribution| over the given films (an even sample of MAX_FILMS), largest first. */
    static Map<String, Double> meanAbsContribution(TrainedModel model, TrainingSet films, int top) {
        List<String> names = model.featureNames();
        double[] sum = new double[names.size()];
        int n = Math.min(films.size(), MAX_FILMS);
        for (int k = 0; k < n; k++) {
            int i = (int) ((long) k * films.size() / n);   // evenly spaced rows, the same every run
            double[] c = model.contributions(films.row(i));
            for (int j = 0; j < names.size(); j++) sum[j] += Math.abs(c[j]);
        }
        int averaged = Math.max(n, 1);
        Map<String, Double> out = new LinkedHashMap<>();
        IntStream.range(0, names.size()).boxed().sorted((a, b) -> Double.compare(sum[b], sum[a])).limit(top)
                .forEach(j -> out.put(names.get(j), sum[j] / averaged));
        return out;
    }
}
