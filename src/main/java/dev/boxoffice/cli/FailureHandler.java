package dev.boxoffice.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failure becomes words: one line on stderr naming the reason, the stack trace only
 * under --verbose, and the exit code of {@link ExitCodes}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed != null && verbose(parsed);
        err.println("boxoffice: " + ExitCodes.describe(ex));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.of(ex).code();
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }
}
