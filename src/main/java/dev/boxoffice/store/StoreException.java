package dev.boxoffice.store;

/**
 * The store could not do what was asked because the database failed or is unreachable. Wraps the
 * checked cause once, with what the store was doing; the message never contains a password.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps {@code cause}, prefixing its (redacted) message with {@code context}, e.g. "saving model x:3". */
    public StoreException(String context, Throwable cause) {
        super(context + ": " + Database.redact(String.valueOf(cause.getMessage())), cause);
    }
}
