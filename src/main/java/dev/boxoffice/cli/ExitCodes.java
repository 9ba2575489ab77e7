package dev.boxoffice.cli;

import dev.boxoffice.data.tmdb.TmdbException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Maps an exception escaping a command to its exit code and one-line reason. */
final class ExitCodes {
    private ExitCodes() {
    }

    static ExitCode of(Throwable ex) {
        if (ex instanceof TmdbException t) {
            // a refused key or a bad request will fail again on retry; TMDB or the network being down will not
            return t.kind().serviceSide() ? ExitCode.UNAVAILABLE : ExitCode.INVALID_INPUT;
        }
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
