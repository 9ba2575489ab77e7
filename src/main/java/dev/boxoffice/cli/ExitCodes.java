package dev.boxoffice.cli;

import dev.boxoffice.data.DataException;
import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.store.ModelNotFoundException;
import dev.boxoffice.store.StoreException;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.NoSuchFileException;
import java.time.format.DateTimeParseException;

/** The one mapping from an exception escaping a command to its exit code and one-line reason. */
final class ExitCodes {
    private ExitCodes() {
    }

    static ExitCode of(Throwable ex) {
        if (ex instanceof CommandFailure failure) return failure.exitCode();
        // a TMDB failure on TMDB's side (5xx, timeouts, rate limits) is an outage; a bad key or query is ours
        if (ex instanceof TmdbException tmdb) return tmdb.kind().serviceSide() ? ExitCode.UNAVAILABLE : ExitCode.INVALID_INPUT;
        if (ex instanceof StoreException || ex instanceof ConnectException || ex instanceof ApiClient.ServerUnavailableException) {
            return ExitCode.UNAVAILABLE;
        }
        if (ex instanceof DataException || ex instanceof IllegalArgumentException || ex instanceof ModelNotFoundException
                || ex instanceof DateTimeParseException || ex instanceof NoSuchFileException
                || ex instanceof JavalinBindException) {
            return ExitCode.INVALID_INPUT;
        }
        if (ex instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException) return ExitCode.INVALID_INPUT;
        return ExitCode.INTERNAL_ERROR;
    }

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) message = ex.getClass().getSimpleName();
        message = message.lines().findFirst().orElse(message);
        if (of(ex) == ExitCode.INTERNAL_ERROR) {
            message = message + " (" + ex.getClass().getSimpleName() + "; rerun with --verbose for details)";
        }
        return message;
    }
}
