package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient readers of TMDB JSON fields: a missing field, a JSON null, or a value of the wrong type all
 * read as null (or an empty list), so one odd field never loses a whole film. Unknown fields are simply
 * never read.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** The field as an object node, or null when missing or not an object. */
    static JsonNode object(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isObject() ? v : null;
    }

    /** The object elements of an array field; non-objects are skipped, a missing field gives an empty list. */
    static List<JsonNode> objects(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(e -> {
                if (e.isObject()) out.add(e);
            });
        }
        return out;
    }

    /** Non-blank text, stripped; numbers and booleans are not text. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual()) {
            return null;
        }
        String s = v.textValue().strip();
        return s.isEmpty() ? null : s;
    }

    /** The non-blank texts of an array of objects' field, e.g. the names of {@code genres}. */
    static List<String> texts(JsonNode node, String arrayField, String elementField) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : objects(node, arrayField)) {
            String s = text(e, elementField);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** A whole number (also from "123" or 123.0), or null when absent, fractional or out of long range. */
    static Long whole(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d;
            if (v.isNumber()) d = v.decimalValue();
            else if (v.isTextual()) d = new BigDecimal(v.textValue().strip());
            else return null;
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A whole number that fits an int, or null. */
    static Integer integer(JsonNode node, String field) {
        Long v = whole(node, field);
        return v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : v.intValue();
    }

    /** A finite number (also from numeric text), or null. */
    static Double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null) {
            return null;
        }
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else if (v.isTextual()) {
            try {
                d = Double.parseDouble(v.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }

    /** A finite number that is at least 0, or null. */
    static Double nonNegative(JsonNode node, String field) {
        Double d = number(node, field);
        return d == null || d < 0 ? null : d;
    }

    /** An ISO date (TMDB writes {@code ""} for unknown; a timestamp's date part is accepted), or null. */
    static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A boolean, or {@code fallback} when absent or not a boolean. */
    static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isBoolean() ? v.booleanValue() : fallback;
    }
}
