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

    /** The top features by mean |contribution| over the given films, largest first. */
    static Map<String, Double> meanAbsContribution(TrainedModel model, TrainingSet films, int top) {
        List<String> names = model.featureNames();
        double[] sum = new double[names.size()];
        for (int i = 0; i < films.size(); i++) {
            double[] c = model.contributions(films.row(i));
            for (int j = 0; j < names.size(); j++) sum[j] += Math.abs(c[j]);
        }
        int n = Math.max(films.size(), 1);
        Map<String, Double> out = new LinkedHashMap<>();
        IntStream.range(0, names.size()).boxed().sorted((a, b) -> Double.compare(sum[b], sum[a])).limit(top)
                .forEach(j -> out.put(names.get(j), sum[j] / n));
        return out;
    }
}
