package dev.boxoffice.data.tmdb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as {@code /person/{id}} describes them. Unknown values are null; {@code gender} is TMDB's
 * code (0 not set, 1 female, 2 male, 3 non-binary).
 */
public record Person(long id, String name, Double popularity, String knownForDepartment, LocalDate birthday,
                     LocalDate deathday, Integer gender, String placeOfBirth, String imdbId, String profilePath) {
    public Person {
        if (id <= 0) throw new IllegalArgumentException("id must be > 0, got " + id);
        Objects.requireNonNull(name, "name");
        if (popularity != null && !(popularity >= 0)) {
            throw new IllegalArgumentException("popularity must be >= 0, got " + popularity);
        }
    }
}
