package dev.boxoffice.data;

/**
 * One row cannot become a film; {@link #reason()} is the {@link ReadReport} key, e.g. "bad_number:budget".
 * Rows are skipped and counted, never fatal, so this carries no stack trace: bad files can have many.
 */
final class BadRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRowException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
