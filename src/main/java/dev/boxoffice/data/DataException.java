package dev.boxoffice.data;

/**
 * A film source cannot be read at all: a file is missing, unreadable, not UTF-8, not CSV, or its header
 * lacks a required column. The message names the file and says what was expected, so the edge can print
 * it as is. Bad rows are not exceptions: they are counted in a {@link ReadReport}.
 */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message that names the file and what was expected. */
    public DataException(String message) {
        super(message);
    }

    /** A failure caused by an I/O or parse error, with a message that names the file. */
    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
