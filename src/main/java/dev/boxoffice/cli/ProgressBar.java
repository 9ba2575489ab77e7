package dev.boxoffice.cli;

import dev.boxoffice.jobs.IngestProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Ingest progress on stderr: a bar redrawn in place on a terminal, one plain line per committed step
 * otherwise (a log file or a pipe would fill with carriage returns).
 */
final class ProgressBar implements IngestProgress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private String openStage;

    /** @param terminal true when stderr is a terminal ({@code System.console() != null}) */
    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void committed(String stage, int done, int total) {
        if (!terminal) {
            err.printf(Locale.ROOT, "%s: %d/%d committed%n", stage, done, total);
            err.flush();
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.printf(Locale.ROOT, "\r%-8s [%s%s] %d/%d", stage, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        openStage = stage;
        if (done >= total) {
            err.println();
            openStage = null;
        }
        err.flush();
    }

    /** Ends a bar left open by a failure, so the error message starts on its own line. */
    void finish() {
        if (openStage != null) {
            err.println();
            err.flush();
            openStage = null;
        }
    }
}
