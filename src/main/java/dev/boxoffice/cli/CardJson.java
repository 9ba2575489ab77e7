package dev.boxoffice.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.RegisteredModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON the CLI prints about models and the store: snake_case keys, stages in lower case, ISO times. */
final class CardJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CardJson() {
    }

    /** Pretty-printed JSON of maps, lists, strings and numbers (NaN as "NaN"). */
    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of " + value.getClass().getSimpleName(), e);
        }
    }

    /** The key metrics of a model: validation and test RMSE for a regressor, AUC for a classifier. */
    static Map<String, Double> keyMetrics(ModelCard card) {
        String metric = ModelCard.REGRESSION.equals(card.task()) ? "rmse" : "auc";
        Map<String, Double> out = new LinkedHashMap<>();
        // a market model judged by cross-validation and a back-test (the Hindi ones) shows those instead
        List<String> parts = card.metrics().containsKey("cv") ? List.of("cv", "backtest") : List.of("val", "test");
        for (String part : parts) {
            Map<String, Double> values = card.metrics().get(part);
            out.put(part + "_" + metric, values == null ? null : values.get(metric));
        }
        return out;
    }

    /** One line of {@code models list --json}. */
    static Map<String, Object> summary(RegisteredModel m) {
        Map<String, Object> out = identity(m);
        out.put("metrics", keyMetrics(m.card()));
        return out;
    }

    /** The fields a summary and a full card share, in their order. */
    private static Map<String, Object> identity(RegisteredModel m) {
        ModelCard c = m.card();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name());
        out.put("version", c.version());
        out.put("market", c.market());
        out.put("task", c.task());
        out.put("profile", c.profile());
        out.put("stage", stage(m));
        out.put("created_at", c.createdAt().toString());
        return out;
    }

    /** The full card of {@code models show}. */
    static Map<String, Object> full(RegisteredModel m) {
        ModelCard c = m.card();
        Map<String, Object> out = identity(m);
        out.put("feature_set", Map.of("name", c.featureSetName(), "version", c.featureSetVersion()));
        out.put("features", c.featureNames());
        out.put("format", c.format());
        out.put("params", c.params());
        out.put("metrics", c.metrics());
        out.put("training_fingerprint", c.trainingFingerprint());
        out.put("seed", c.seed());
        out.put("artifact", Map.of("sha256", m.artifactSha256(), "size_bytes", m.artifactSizeBytes()));
        return out;
    }

    static String stage(RegisteredModel m) {
        return m.stage().name().toLowerCase(Locale.ROOT);
    }
}
