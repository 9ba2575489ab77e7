package dev.boxoffice.serve;

import java.util.List;

/**
 * A request the API refuses, with the HTTP status and each offending field; the one exception mapper turns
 * it into {@code {"detail": [{"field": ..., "message": ...}]}}.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final int BAD_REQUEST = 400;
    static final int NOT_FOUND = 404;
    static final int TOO_LARGE = 413;
    static final int UNPROCESSABLE = 422;
    static final int UNAVAILABLE = 503;

    private final int status;
    private final transient List<FieldError> errors;

    ApiProblem(int status, List<FieldError> errors) {
        super(status + " " + errors, null, false, false);   // no stack trace: this is an answer, not a bug
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static ApiProblem of(int status, String field, String message) {
        return new ApiProblem(status, List.of(new FieldError(field, message)));
    }

    int status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
