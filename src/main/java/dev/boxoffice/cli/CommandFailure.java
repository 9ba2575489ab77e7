package dev.boxoffice.cli;

import java.util.Objects;

/** A command cannot go on for a reason it states itself, with the exit code that reason deserves. */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    /** @param message one line for the user, saying what to do next */
    CommandFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
