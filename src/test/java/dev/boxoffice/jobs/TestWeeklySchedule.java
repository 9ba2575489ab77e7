package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestWeeklySchedule {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void parses_day_names_and_times_in_any_case() {
        assertThat(WeeklySchedule.parse("MON 06:00", ZoneOffset.UTC))
                .isEqualTo(new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(6, 0), ZoneOffset.UTC));
        assertThat(WeeklySchedule.parse(" friday  6:30 ", KOLKATA))
                .isEqualTo(new WeeklySchedule(DayOfWeek.FRIDAY, LocalTime.of(6, 30), KOLKATA));
        assertThat(WeeklySchedule.parse("sun 23:59", ZoneOffset.UTC).day()).isEqualTo(DayOfWeek.SUNDAY);
        for (String bad : new String[] {"MON", "MO 06:00", "MON 25:00", "MON 06:00 extra", "", "XYZ 06:00"}) {
            assertThatThrownBy(() -> WeeklySchedule.parse(bad, ZoneOffset.UTC)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MON 06:00");
        }
    }

    @Test
    void the_next_run_is_strictly_after_now_in_the_schedule_zone() {
        WeeklySchedule monday = WeeklySchedule.parse("MON 06:00", ZoneOffset.UTC);
        // 2026-11-21 is a Saturday
        assertThat(monday.nextRunAfter(Instant.parse("2026-11-21T10:00:00Z")).toInstant())
                .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
        assertThat(monday.nextRunAfter(Instant.parse("2026-11-23T05:59:59Z")).toInstant())
                .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
        assertThat(monday.nextRunAfter(Instant.parse("2026-11-23T06:00:00Z")).toInstant())
                .isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(monday.delayAfter(Instant.parse("2026-11-23T06:00:00Z"))).isEqualTo(Duration.ofDays(7));

        WeeklySchedule india = WeeklySchedule.parse("MON 06:00", KOLKATA);
        assertThat(india.nextRunAfter(Instant.parse("2026-11-21T10:00:00Z")).toInstant())
                .isEqualTo(Instant.parse("2026-11-23T00:30:00Z"));
    }

    @Test
    void the_runner_starts_the_job_at_the_occurrence_and_schedules_the_next_even_after_a_failure() throws Exception {
        WeeklySchedule monday = WeeklySchedule.parse("MON 06:00", ZoneOffset.UTC);
        SteppedClock clock = new SteppedClock(Instant.parse("2026-11-23T05:59:59.900Z"));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (WeeklySchedule.Running running = monday.start(executor, clock, () -> {
            runs.incrementAndGet();
            clock.set(Instant.parse("2026-11-23T06:00:05Z"));
            ran.countDown();
            throw new IllegalStateException("TMDB is down this week");
        })) {
            assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
            Duration pending = null;
            for (int i = 0; i < 3000 && (pending = running.pendingDelay()) != null && pending.toDays() < 6; i++) {
                Thread.sleep(10);
            }
            assertThat(pending).isBetween(Duration.ofDays(6), Duration.ofDays(7));
            assertThat(runs).hasValue(1);
            running.close();
            assertThat(running.pendingDelay()).isNull();
        } finally {
            executor.shutdownNow();
        }
    }

    /** A clock the test moves by hand. */
    private static final class SteppedClock extends Clock {
        private volatile Instant now;

        SteppedClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
