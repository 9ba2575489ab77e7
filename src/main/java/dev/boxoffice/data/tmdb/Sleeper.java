package dev.boxoffice.data.tmdb;

import java.time.Duration;

/** Waits for a duration; injected so tests can advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** Real time: {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    /** Blocks for {@code duration} (zero or more); throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
