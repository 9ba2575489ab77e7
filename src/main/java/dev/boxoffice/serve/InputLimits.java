package dev.boxoffice.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every range the API accepts, in one place, and the checks that read a JSON value against them. Each check
 * records a {@link FieldError} and returns null rather than throwing, so one response lists every bad field.
 */
final class InputLimits {
    /** A budget above a trillion dollars is a typo or an overflow, not a film. */
    static final double BUDGET_MAX_USD = 1e12;
    /** A day: longer "films" are installations, and the models never saw one. */
    static final double RUNTIME_MAX_MINUTES = 1440;
    static final double POPULARITY_MAX = 1e6;
    static final double VOTE_AVG_MIN = 0;
    static final double VOTE_AVG_MAX = 10;
    static final double VOTE_COUNT_MAX = 1e8;
    static final int TEXT_MAX_CHARS = 500;
    static final int LIST_MAX_ITEMS = 200;
    static final int YEAR_MIN = 1870;
    static final int YEAR_MAX = 2100;

    private final List<FieldError> errors = new ArrayList<>(2);
    private final String prefix;

    /** @param prefix put before every field name, e.g. "[3]." for the fourth movie of a batch */
    InputLimits(String prefix) {
        this.prefix = prefix;
    }

    List<FieldError> errors() {
        return errors;
    }

    void fail(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    /** A finite number in [min, max]; null when absent (or JSON null) and not required, or when invalid. */
    Double number(JsonNode parent, String field, double min, double max, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) fail(field, "field required");
            return null;
        }
        if (!n.isNumber()) {
            fail(field, "must be a number, got " + kind(n));
            return null;
        }
        double v = n.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            fail(field, "must be a finite number, got " + n.asText());
            return null;
        }
        if (v < min || v > max) {
            fail(field, "must be in [" + plain(min) + ", " + plain(max) + "], got " + n.asText());
            return null;
        }
        return v;
    }

    /** A whole number in [min, max], or null. */
    Long whole(JsonNode parent, String field, double min, double max) {
        Double v = number(parent, field, min, max, false);
        if (v == null) return null;
        if (v != Math.rint(v)) {
            fail(field, "must be a whole number, got " + parent.get(field).asText());
            return null;
        }
        return v.longValue();
    }

    /** A string of at most {@link #TEXT_MAX_CHARS}, or null. */
    String text(JsonNode parent, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) fail(field, "field required");
            return null;
        }
        if (!n.isTextual()) {
            fail(field, "must be a string, got " + kind(n));
            return null;
        }
        if (n.textValue().length() > TEXT_MAX_CHARS) {
            fail(field, "must be at most " + TEXT_MAX_CHARS + " characters");
            return null;
        }
        return n.textValue();
    }

    /** A JSON array of at most {@link #LIST_MAX_ITEMS}, or null. */
    JsonNode array(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isArray()) {
            fail(field, "must be a list, got " + kind(n));
            return null;
        }
        if (n.size() > LIST_MAX_ITEMS) {
            fail(field, "must have at most " + LIST_MAX_ITEMS + " items, got " + n.size());
            return null;
        }
        return n;
    }

    static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
