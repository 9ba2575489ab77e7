package dev.boxoffice.data;

import java.util.Objects;

/**
 * One person's credit on a film: a cast member (with billing order and character) or a crew member
 * (with job and department). Popularity is the person's TMDB popularity when known, else null.
 */
public record Credit(long personId, String name, Role role, Integer castOrder, String character,
                     String job, String department, Integer gender, Double popularity) {

    /** Whether the person is in front of or behind the camera. */
    public enum Role { CAST, CREW }

    public Credit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (popularity != null && (popularity.isNaN() || popularity < 0)) {
            throw new IllegalArgumentException("popularity must be >= 0, got " + popularity);
        }
    }

    public static Credit cast(long personId, String name, int order, String character, Integer gender, Double popularity) {
        return new Credit(personId, name, Role.CAST, order, character, null, "Acting", gender, popularity);
    }

    public static Credit crew(long personId, String name, String job, String department, Integer gender, Double popularity) {
        return new Credit(personId, name, Role.CREW, null, null, job, department, gender, popularity);
    }

    public Credit withPopularity(Double newPopularity) {
        return new Credit(personId, name, role, castOrder, character, job, department, gender, newPopularity);
    }
}
