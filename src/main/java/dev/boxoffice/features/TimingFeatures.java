package dev.boxoffice.features;

import java.time.LocalDate;
import java.util.List;

/** When a film opens: year, month, weekday and the seasons that sell tickets. */
final class TimingFeatures {
    /** The year, which v3 of the pre-release set leaves out: trees cannot carry it past the years they saw. */
    static final String RELEASE_YEAR = "release_year";

    private TimingFeatures() {
    }

    static List<Feature> preRelease() {
        return List.of(
                Feature.of(RELEASE_YEAR, true, 2010, "year of release",
                        (m, at) -> date(m.releaseDate(), d -> d.getYear())),
                Feature.of("release_month", true, 6, "month of release, 1-12",
                        (m, at) -> date(m.releaseDate(), LocalDate::getMonthValue)),
                Feature.of("release_weekday", true, 5, "day of week of release, 1 = Monday",
                        (m, at) -> date(m.releaseDate(), d -> d.getDayOfWeek().getValue())),
                Feature.of("release_summer", true, 0, "1 when released May to August",
                        (m, at) -> date(m.releaseDate(), d -> d.getMonthValue() >= 5 && d.getMonthValue() <= 8 ? 1 : 0)),
                Feature.of("release_holidays", true, 0, "1 when released from mid-November to December",
                        (m, at) -> date(m.releaseDate(), d -> d.getDayOfYear() >= 319 ? 1 : 0)));
    }

    private static double date(LocalDate d, java.util.function.ToIntFunction<LocalDate> f) {
        return d == null ? Double.NaN : f.applyAsInt(d);
    }
}
