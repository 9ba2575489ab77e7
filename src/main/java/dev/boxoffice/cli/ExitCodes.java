package dev.boxoffice.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Maps an exception escaping a command to its exit code and one-line reason. */
final class ExitCodes {
    private ExitCodes() {
    }

    static ExitCode of(Throwable ex) {
        String type = ex.getClass().getSimpleName();
        return switch (type) {
            case "IllegalArgumentException", "DataException", "UsageException", "NumberFormatException",
                 "DateTimeParseException", "NoSuchFileException", "JavalinBindException" -> ExitCode.INVALID_INPUT;
            case "StoreException", "TmdbException", "ConnectException", "ServerUnavailableException" -> ExitCode.UNAVAILABLE;
            default -> ex instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException
                    ? ExitCode.INVALID_INPUT : ExitCode.INTERNAL_ERROR;
        };
    }

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) message = ex.getClass().getSimpleName();
        if (of(ex) == ExitCode.INTERNAL_ERROR) {
            message = message + " (" + ex.getClass().getSimpleName() + "; rerun with --verbose for details)";
        }
        return message.lines().findFirst().orElse(message);
    }
}
