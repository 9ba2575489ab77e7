package dev.boxoffice.data.tmdb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when something sleeps on it: waits are recorded, not spent. */
final class ManualTime extends Clock implements Sleeper {
    static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

    private Instant now = START;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration d) {
        sleeps.add(d);
        now = now.plus(d);
    }

    /** Every wait requested so far, in order. */
    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The sum of all waits. */
    synchronized Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualTime is UTC only");
    }
}
