package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.Predictor;
import dev.boxoffice.model.ensemble.SwitchModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecasting profile's models in two versions: one trained on films with their cast and crew, one on
 * the same films given without credits, switched by the {@value #INDICATOR} feature (see {@link SwitchModel}).
 * A film announced or read from a file without credits used to be forecast as a film with a typical team: in
 * the back-test with credits withheld from the test films, 9% worse than a line on the budget at 2012 on
 * plausible films, its hit probabilities off by 0.38 (ECE). Films with credits get the same model as before.
 */
final class CreditSwitch {
    /** The feature that says whether a film's credits are known. */
    static final String INDICATOR = "credits_known";
    /** Metric parts the version without credits adds, scored on the validation and test films without credits. */
    static final String SUFFIX = Predictor.UNSET_SUFFIX;

    private CreditSwitch() {
    }

    /** Only the pre-release profile forecasts films whose credits may not be out yet. */
    static boolean applies(TrainingData data) {
        return data.profile() == Profile.PRE_RELEASE && data.featureSet().names().contains(INDICATOR);
    }

    /** The same rows, each film's features computed as if its credits were unknown (other films' stay known). */
    static TrainingData withoutCredits(TrainingData data, FilmHistory history) {
        List<Movie> bare = data.movies().stream().map(m -> m.withCredits(null)).toList();
        return TrainingData.build(bare, data.profile(), history);
    }

    /**
     * Each model of {@code known} switched with its namesake of {@code unknown}. Metrics, test predictions and
     * calibration stay those of films with credits (which the switch sends to the first model, so they are
     * unchanged); the second model's validation and test metrics and interval come under parts ending in
     * {@value #SUFFIX}.
     */
    static TrainReport combine(TrainReport known, TrainReport unknown) {
        List<ModelResult> combined = new ArrayList<>();
        for (int i = 0; i < known.results().size(); i++) {
            ModelResult k = known.results().get(i);
            ModelResult u = unknown.results().get(i);
            if (!k.name().equals(u.name())) throw new IllegalStateException("runs differ: " + k.name() + " vs " + u.name());
            Map<String, Map<String, Object>> metrics = new LinkedHashMap<>(k.metrics());
            u.metrics().forEach((part, values) -> metrics.put(part + SUFFIX, values));
            combined.add(new ModelResult(SwitchModel.of(INDICATOR, k.model(), u.model()), k.fitSeconds() + u.fitSeconds(),
                    metrics, k.testPredictions(), k.notes(), k.calibration()));
        }
        return new TrainReport(known.profile(), known.featureSet(), known.rows(), combined, known.test(),
                known.testLabels(), known.testPlausible(), known.seed(), known.trainingFingerprint(),
                known.selectionPart(), known.seconds() + unknown.seconds());
    }
}
