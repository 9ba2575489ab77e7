package dev.boxoffice.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.boxoffice.data.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Encodes the store's list and map columns as JSON text, which both databases store the same way. */
final class JsonColumns {
    // configured once here and never changed, so sharing it is safe
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    static final TypeReference<List<Named>> NAMED = new TypeReference<>() { };
    static final TypeReference<List<Double>> DOUBLES = new TypeReference<>() { };
    static final TypeReference<Map<String, Object>> OBJECT_MAP = new TypeReference<>() { };
    static final TypeReference<Map<String, Map<String, Double>>> METRICS = new TypeReference<>() { };

    private JsonColumns() {
    }

    /** JSON text of {@code value}; keys of maps in sorted order so equal values give equal text. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store as JSON: " + value.getClass().getName(), e);
        }
    }

    /** Decodes a column written by {@link #write}. */
    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("decoding a stored JSON column", e);
        }
    }

    /** A JSON array of numbers, with null standing for NaN (missing), which JSON cannot express. */
    static String writeDoubles(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) list.add(Double.isNaN(v) ? null : v);
        return write(list);
    }

    /** Decodes {@link #writeDoubles}. */
    static double[] readDoubles(String json) {
        List<Double> list = read(json, DOUBLES);
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = list.get(i);
            values[i] = v == null ? Double.NaN : v;
        }
        return values;
    }
}
