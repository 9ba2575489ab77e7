package dev.boxoffice.jobs;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.ModelStage;
import dev.boxoffice.store.RegisteredModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers a training run's models and promotes its winners. A model's registry name is
 * {@code PROFILE.MODEL} (e.g. {@code pre-release.xgboost}), prefixed by its market outside the global one
 * ({@code hi.pre-release.xgboost}), so each market and profile keeps its own production versions.
 */
public final class ModelRegistration {
    private ModelRegistration() {
    }

    /** The registry name of a model trained with a profile for a market. */
    public static String registryName(String market, Profile profile, String modelName) {
        String base = profile.cliName() + "." + modelName;
        return Movie.GLOBAL.equals(market) ? base : market + "." + base;
    }

    /** Registers every model of the report, each in its own transaction; returns them in report order. */
    public static List<RegisteredModel> registerAll(TrainReport report, String market, ModelRegistry registry,
                                                    Clock clock) {
        List<RegisteredModel> out = new ArrayList<>();
        for (ModelResult r : report.results()) {
            ModelCard card = new ModelCard(registryName(market, report.profile(), r.name()), null, market,
                    r.model().task().jsonName(), report.profile().cliName(), report.featureSet().name(),
                    report.featureSet().version(), r.model().featureNames(), r.model().format(), r.model().params(),
                    numericMetrics(r.metrics()), report.trainingFingerprint(), report.seed(), clock.instant(),
                    ModelStage.NONE);
            out.add(registry.register(card, r.model().nativeBytes()));
        }
        return out;
    }

    /**
     * Promotes the best regressor (lowest validation RMSE) and the best classifier (highest validation AUC)
     * of the run, and archives other production models of the same market, profile and task, so exactly one
     * regressor and one classifier serve each market and profile.
     */
    public static List<RegisteredModel> promoteBest(TrainReport report, List<RegisteredModel> registered,
                                                    ModelRegistry registry) {
        List<RegisteredModel> promoted = new ArrayList<>();
        for (ModelResult best : List.of(report.bestRegressor(), report.bestClassifier())) {
            RegisteredModel winner = registered.get(report.results().indexOf(best));
            for (RegisteredModel current : registry.productionModels()) {
                ModelCard c = current.card();
                if (!c.name().equals(winner.name()) && c.market().equals(winner.card().market())
                        && c.profile().equals(winner.card().profile()) && c.task().equals(winner.card().task())) {
                    registry.setStage(c.name(), c.version(), ModelStage.ARCHIVED);
                }
            }
            promoted.add(registry.promote(winner.name(), winner.version()));
        }
        return promoted;
    }

    /**
     * Registers every model of a Hindi run under market {@code hi} (names {@code hi.hindi.linear_regression},
     * {@code hi.hindi-reference.random_forest}), each in its own transaction; returns them in report order.
     */
    public static List<RegisteredModel> registerAll(HindiTrainReport report, ModelRegistry registry, Clock clock) {
        List<RegisteredModel> out = new ArrayList<>();
        for (HindiCandidate c : report.candidates()) {
            ModelResult r = c.result();
            ModelCard card = new ModelCard(c.registryName(), null, report.market(), r.model().task().jsonName(),
                    c.profile().cliName(), c.featureSet().name(), c.featureSet().version(), r.model().featureNames(),
                    r.model().format(), r.model().params(), numericMetrics(r.metrics()), c.trainingFingerprint(),
                    report.forestSeed(), clock.instant(), ModelStage.NONE);
            out.add(registry.register(card, r.model().nativeBytes()));
        }
        return out;
    }

    /**
     * Promotes the run's chosen Hindi model and archives the market's other production regressors, so one
     * Hindi regressor serves the market whichever of its profiles it has.
     */
    public static RegisteredModel promoteChosen(HindiTrainReport report, List<RegisteredModel> registered,
                                                ModelRegistry registry) {
        RegisteredModel winner = registered.get(report.candidates().indexOf(report.chosen()));
        for (RegisteredModel current : registry.productionModels()) {
            ModelCard c = current.card();
            if (!c.name().equals(winner.name()) && c.market().equals(report.market())
                    && c.task().equals(winner.card().task())) {
                registry.setStage(c.name(), c.version(), ModelStage.ARCHIVED);
            }
        }
        return registry.promote(winner.name(), winner.version());
    }

    /** The card keeps numbers only: counts become doubles, anything else is dropped. */
    private static Map<String, Map<String, Double>> numericMetrics(Map<String, Map<String, Object>> metrics) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        metrics.forEach((part, values) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (v instanceof Number n) m.put(k, n.doubleValue());
            });
            out.put(part, m);
        });
        return out;
    }
}
