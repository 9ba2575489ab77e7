package dev.boxoffice.serve;

import java.util.Objects;

/** One reason a request was refused: the offending field (JSON path, or "body") and what is wrong with it. */
record FieldError(String field, String message) {
    FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
