package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The moment a film's features are computed at: the history to look back on and the day before which
 * films count (its release date; for a film with no known date, the day of the forecast). One is made per
 * extraction (one film, one thread), so it also keeps the film's franchise, which five features read and which
 * costs a title normalisation to find.
 */
public final class PointInTime {
    /** Prior for a shrunk mean when the history has no films before the day: about $24M. */
    static final double FALLBACK_LOG_REVENUE = 17.0;
    /** How many pseudo-films of the prior a track record is shrunk with. */
    static final double SHRINK_WEIGHT = 2.0;

    private final FilmHistory history;
    private final LocalDate asOf;
    private Movie franchiseOf;
    private Timeline franchise;

    public PointInTime(FilmHistory history, LocalDate asOf) {
        this.history = Objects.requireNonNull(history, "history");
        this.asOf = asOf;
    }

    public FilmHistory history() {
        return history;
    }

    public LocalDate asOf() {
        return asOf;
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

    /** The film's franchise ({@link FilmHistory#franchiseTimeline}), or null; looked up once per film. */
    Timeline franchise(Movie film) {
        if (film != franchiseOf) {
            franchise = history.franchiseTimeline(film, asOf);
            franchiseOf = film;
        }
        return franchise;
    }

    /** How many of the franchise's films were released before the day. */
    int franchiseFilmsBefore(Movie film) {
        Timeline t = franchise(film);
        return t == null ? 0 : t.countBefore(FilmHistory.epochDay(asOf));
    }

    /** The franchise's record before the day. */
    TrackRecord franchiseRecord(Movie film) {
        Timeline t = franchise(film);
        return t == null ? TrackRecord.NONE : t.before(FilmHistory.epochDay(asOf));
    }
}
