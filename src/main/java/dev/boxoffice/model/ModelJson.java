package dev.boxoffice.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the small JSON model formats of this project (linear and logistic coefficients). Doubles
 * are written in their shortest exact decimal form, so a model read back has bit-for-bit the same numbers.
 */
public final class ModelJson {
    /**
     * Jackson caps a JSON string at 20 MB by default; an ensemble holds its members as base64 strings, and a
     * deep random forest in LightGBM's text format passes that. Models come from our own registry, so the cap
     * is lifted to 1 GB rather than refusing a model we wrote.
     */
    private static final int MAX_STRING_CHARS = 1 << 30;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {}

    /** The JSON bytes of a tree of maps, lists, strings and numbers. */
    public static byte[] write(Map<String, Object> document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model is not JSON-serialisable: " + e.getMessage(), e);
        }
    }

    /**
     * Parses JSON bytes and checks the {@code format} field.
     *
     * @throws IllegalArgumentException when the bytes are not JSON or hold another format
     */
    public static JsonNode read(byte[] json, String format) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a " + format + " model: " + e.getMessage(), e);
        }
        if (root == null || !format.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a " + format + " model: format is '"
                    + (root == null ? "" : root.path("format").asText()) + "'");
        }
        return root;
    }

    /** A required array of numbers of the given length. */
    public static double[] doubles(JsonNode root, String field, int expected) {
        JsonNode array = require(root, field);
        if (!array.isArray() || array.size() != expected) {
            throw new IllegalArgumentException(field + " must be an array of " + expected + " numbers");
        }
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            if (!array.get(i).isNumber()) throw new IllegalArgumentException(field + "[" + i + "] must be a number");
            out[i] = array.get(i).doubleValue();
        }
        return out;
    }

    /** A required array of strings. */
    public static List<String> strings(JsonNode root, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : require(root, field)) out.add(n.asText());
        return List.copyOf(out);
    }

    /** A required number. */
    public static double number(JsonNode root, String field) {
        JsonNode n = require(root, field);
        if (!n.isNumber()) throw new IllegalArgumentException(field + " must be a number");
        return n.doubleValue();
    }

    /** An optional object as a map (empty when absent). */
    public static Map<String, Object> map(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return Map.of();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(n, LinkedHashMap.class);
        return map;
    }

    /** A required field. */
    public static JsonNode require(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) throw new IllegalArgumentException("model JSON lacks '" + field + "'");
        return n;
    }
}
