package dev.boxoffice.jobs;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A weekly time such as {@code "MON 06:00"} in a time zone, and a runner that starts a job at each
 * occurrence on a {@link ScheduledExecutorService}: what {@code boxoffice serve --weekly} uses when one
 * machine runs both the API and the weekly predictions.
 */
public record WeeklySchedule(DayOfWeek day, LocalTime time, ZoneId zone) {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklySchedule.class);

    public WeeklySchedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Parses {@code "DAY HH:MM"}: a day as its English name or first three letters (any case), then a
     * 24-hour time.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static WeeklySchedule parse(String text, ZoneId zone) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        if (parts.length != 2) throw invalid(text);
        DayOfWeek day = null;
        String d = parts[0].toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (d.length() >= 3 && candidate.name().startsWith(d)) day = candidate;
        }
        if (day == null) throw invalid(text);
        try {
            return new WeeklySchedule(day, LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]), zone);
        } catch (DateTimeParseException e) {
            throw invalid(text);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("weekly schedule must look like \"MON 06:00\" (day, 24-hour time), got \""
                + text + "\"");
    }

    /** The first occurrence strictly after {@code now}. */
    public ZonedDateTime nextRunAfter(Instant now) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime candidate = here.with(TemporalAdjusters.nextOrSame(day)).with(time).withSecond(0).withNano(0);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = here.with(TemporalAdjusters.next(day)).with(time).withSecond(0).withNano(0);
        }
        return candidate;
    }

    /** How long from {@code now} until the next occurrence. */
    public Duration delayAfter(Instant now) {
        return Duration.between(now, nextRunAfter(now).toInstant());
    }

    /**
     * Runs {@code job} at every occurrence, measured on {@code clock}, until the returned handle is closed
     * (or the executor shut down). Each run is scheduled afresh from the clock after the previous one ends,
     * so a slow run or a DST change never makes runs pile up. A run that throws is logged and the schedule
     * goes on: next week's films deserve their predictions even if this week's TMDB was down.
     */
    public Running start(ScheduledExecutorService executor, Clock clock, Runnable job) {
        Running running = new Running(new AtomicReference<>());
        scheduleNext(executor, clock, job, running);
        return running;
    }

    private void scheduleNext(ScheduledExecutorService executor, Clock clock, Runnable job, Running running) {
        if (running.closed) return;
        Duration delay = delayAfter(clock.instant());
        LOG.info("Next weekly run at {}", nextRunAfter(clock.instant()));
        running.next.set(executor.schedule(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("Weekly run failed; the next one stays scheduled: {}", e.toString());
            }
            scheduleNext(executor, clock, job, running);
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS));
    }

    /** A started schedule; closing it cancels the pending run (a run in progress completes). */
    public static final class Running implements AutoCloseable {
        private final AtomicReference<ScheduledFuture<?>> next;
        private volatile boolean closed;

        private Running(AtomicReference<ScheduledFuture<?>> next) {
            this.next = next;
        }

        /** When the pending run starts, as a delay from now; null once closed. */
        public Duration pendingDelay() {
            ScheduledFuture<?> f = next.get();
            return closed || f == null ? null : Duration.ofMillis(f.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public void close() {
            closed = true;
            ScheduledFuture<?> f = next.get();
            if (f != null) f.cancel(false);
        }
    }
}
