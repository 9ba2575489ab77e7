package dev.boxoffice.model;

/** A trainer failed, usually inside a native library; the message names the trainer and its params. */
public class TrainingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }

    public TrainingException(String message) {
        super(message);
    }
}
