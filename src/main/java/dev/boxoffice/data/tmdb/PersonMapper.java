package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;

/** Maps a {@code /person/{id}} body to {@link Person}. */
final class PersonMapper {
    private PersonMapper() {
    }

    /** The person, or an {@link IllegalArgumentException} when id or name is missing. */
    static Person toPerson(JsonNode p) {
        Long id = JsonFields.whole(p, "id");
        String name = JsonFields.text(p, "name");
        if (id == null || id <= 0 || name == null) {
            throw new IllegalArgumentException("person JSON lacks a positive \"id\" or a \"name\"");
        }
        return new Person(id, name, JsonFields.nonNegative(p, "popularity"), JsonFields.text(p, "known_for_department"),
                JsonFields.date(p, "birthday"), JsonFields.date(p, "deathday"), JsonFields.integer(p, "gender"),
                JsonFields.text(p, "place_of_birth"), JsonFields.text(p, "imdb_id"), JsonFields.text(p, "profile_path"));
    }
}
