package dev.boxoffice.features;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The moment a film's features are computed at: the history to look back on and the day before which
 * films count (its release date; for a film with no known date, the day of the forecast).
 */
public record PointInTime(FilmHistory history, LocalDate asOf) {
    /** Prior for a shrunk mean when the history has no films before the day: about $24M. */
    static final double FALLBACK_LOG_REVENUE = 17.0;
    /** How many pseudo-films of the prior a track record is shrunk with. */
    static final double SHRINK_WEIGHT = 2.0;

    public PointInTime {
        Objects.requireNonNull(history, "history");
    }

    /** The mean log1p(revenue) of every counted film before the day: the prior of all track records. */
    double priorLogRevenue() {
        TrackRecord all = history.allBefore(asOf);
        return all.films() == 0 ? FALLBACK_LOG_REVENUE : all.sumLogRevenue() / all.films();
    }

    /** The mean log(revenue/budget) of every counted film before the day. */
    double priorLogRoi() {
        TrackRecord all = history.allBefore(asOf);
        return all.filmsWithBudget() == 0 ? 0.0 : all.sumLogRoi() / all.filmsWithBudget();
    }
}
