package dev.boxoffice.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored film found by its title: enough to list it and fetch the rest by id.
 *
 * @param tmdbId the film's TMDB id
 * @param title its title
 * @param releaseDate its release date, or null when unknown
 * @param posterPath TMDB's poster path (e.g. "/abc.jpg"), or null when it has none
 */
public record TitleMatch(long tmdbId, String title, LocalDate releaseDate, String posterPath) {
    public TitleMatch {
        if (tmdbId < 1) throw new IllegalArgumentException("tmdbId must be >= 1, got " + tmdbId);
        Objects.requireNonNull(title, "title");
    }
}
