package dev.boxoffice.cli;

/** Every exit code the CLI returns, following picocli's conventions. */
public enum ExitCode {
    OK(0),
    /** A bug or an unexpected failure; rerun with --verbose for the stack trace. */
    INTERNAL_ERROR(1),
    /** Bad usage or bad input: a wrong flag, a missing file, an unreadable header. */
    INVALID_INPUT(2),
    /** A service is unavailable: the TMDB API or the database. */
    UNAVAILABLE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
