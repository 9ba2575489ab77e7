package dev.boxoffice.jobs;

/** Told after each committed step of an ingest, so a command line can draw a progress bar. */
@FunctionalInterface
public interface IngestProgress {
    /** Reports nothing. */
    IngestProgress NONE = (stage, done, total) -> { };

    /**
     * {@code done} of {@code total} units of {@code stage} ("movies", "features") are committed.
     * Called from the ingesting thread.
     */
    void committed(String stage, int done, int total);
}
