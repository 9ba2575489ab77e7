package dev.boxoffice.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the registry records about a model besides its artifact: identity (name, version assigned on
 * registration, null before), the market and task it serves, the feature set it reads, its format,
 * hyper-parameters, metrics per split (e.g. {"val": {"rmse": 0.9}}), a fingerprint of the training rows, the
 * seed, when it was made (to the microsecond) and its stage.
 * Params are JSON values; numbers are normalised to Long (integral) or Double so a stored card reads back
 * equal. Metrics may be NaN (undefined); params must be finite.
 */
public record ModelCard(String name, Integer version, String market, String task, String profile,
                        String featureSetName, int featureSetVersion, List<String> featureNames, String format,
                        Map<String, Object> params, Map<String, Map<String, Double>> metrics,
                        String trainingFingerprint, long seed, Instant createdAt, ModelStage stage) {
    /** The task of a model predicting log1p(revenue). */
    public static final String REGRESSION = "regression";
    /** The task of a model predicting the probability of a hit. */
    public static final String CLASSIFICATION = "classification";

    public ModelCard {
        ModelRef.requireValidName(name);
        if (version != null && version < 1) throw new IllegalArgumentException("version must be >= 1, got " + version);
        requireText("market", market);
        if (!REGRESSION.equals(task) && !CLASSIFICATION.equals(task)) {
            throw new IllegalArgumentException("task must be regression or classification, got " + task);
        }
        requireText("profile", profile);
        requireText("featureSetName", featureSetName);
        if (featureSetVersion < 1) {
            throw new IllegalArgumentException("featureSetVersion must be >= 1, got " + featureSetVersion);
        }
        featureNames = List.copyOf(featureNames);
        if (new HashSet<>(featureNames).size() != featureNames.size()) {
            throw new IllegalArgumentException("featureNames must be distinct, got " + featureNames);
        }
        requireText("format", format);
        params = normalizedMap(params, "params");
        metrics = copyMetrics(metrics);
        requireText("trainingFingerprint", trainingFingerprint);
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(stage, "stage");
    }

    /** This card with the given version. */
    public ModelCard withVersion(int newVersion) {
        return new ModelCard(name, newVersion, market, task, profile, featureSetName, featureSetVersion,
                featureNames, format, params, metrics, trainingFingerprint, seed, createdAt, stage);
    }

    /** This card with the given stage. */
    public ModelCard withStage(ModelStage newStage) {
        return new ModelCard(name, version, market, task, profile, featureSetName, featureSetVersion,
                featureNames, format, params, metrics, trainingFingerprint, seed, createdAt, newStage);
    }

    /** NAME:VERSION, or NAME before registration. */
    public ModelRef ref() {
        return new ModelRef(name, version);
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }

    private static Map<String, Object> normalizedMap(Map<?, ?> map, String path) {
        Objects.requireNonNull(map, path);
        Map<String, Object> copy = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " keys must be strings, got " + e.getKey());
            }
            copy.put(key, normalized(e.getValue(), path + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object normalized(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean) return value;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) throw new IllegalArgumentException(path + " must be finite, got " + d);
            return d;
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list.stream().map(v -> normalized(v, path + "[]")).toList());
        }
        if (value instanceof Map<?, ?> map) return normalizedMap(map, path);
        throw new IllegalArgumentException(path + " must be a string, number, boolean, list or map, got "
                + value.getClass().getSimpleName());
    }

    private static Map<String, Map<String, Double>> copyMetrics(Map<String, Map<String, Double>> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        metrics.forEach((split, values) -> {
            Map<String, Double> inner = new TreeMap<>();
            values.forEach((metric, v) -> inner.put(metric, Objects.requireNonNull(v, "metrics." + split + "." + metric)));
            copy.put(split, Collections.unmodifiableMap(inner));
        });
        return Collections.unmodifiableMap(copy);
    }
}
