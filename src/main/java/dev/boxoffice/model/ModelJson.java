package dev.boxoffice.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            root = parser.nextToken() == null ? null : tree(parser);
            if (root != null && parser.nextToken() != null) throw new JsonParseException(parser, "trailing content");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a " + format + " model: " + e.getMessage(), e);
        }
        if (root == null || !format.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a " + format + " model: format is '"
                    + (root == null ? "" : root.path("format").asText()) + "'");
        }
        return root;
    }

    /** The field that holds a nested model's bytes in base64; read with {@link #bytes(JsonNode)}. */
    public static final String BYTES_FIELD = "bytes_base64";

    /**
     * A nested model's bytes ({@value #BYTES_FIELD} of {@code part}). They are decoded from the input as it is
     * parsed, never held as a string too: a served ensemble nests a forest three levels deep, and its base64
     * strings, each a third larger than its bytes, were most of the server's heap while it loaded.
     *
     * @throws IllegalArgumentException when the field is missing or not base64
     */
    public static byte[] bytes(JsonNode part) {
        JsonNode v = part.get(BYTES_FIELD);
        if (v == null || !(v.isBinary() || v.isTextual())) throw new IllegalArgumentException("a nested model lacks '" + BYTES_FIELD + "'");
        try {
            return v.binaryValue();
        } catch (IOException e) {
            throw new IllegalArgumentException("'" + BYTES_FIELD + "' is not base64: " + e.getMessage(), e);
        }
    }

    /** The value at the parser's current token, with {@value #BYTES_FIELD} fields decoded straight to bytes. */
    private static JsonNode tree(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, BYTES_FIELD.equals(name) && p.currentToken() == JsonToken.VALUE_STRING
                            ? nodes.binaryNode(p.getBinaryValue()) : tree(p));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) array.add(tree(p));
                return array;
            }
            default -> {
                return MAPPER.readTree(p);
            }
        }
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
