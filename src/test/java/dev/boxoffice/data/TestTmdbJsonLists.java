package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TestTmdbJsonLists {
    private final TmdbJsonLists json = new TmdbJsonLists();

    private static String reasonOf(Supplier<?> read) {
        try {
            read.get();
        } catch (BadRowException e) {
            return e.reason();
        }
        throw new AssertionError("no BadRowException");
    }

    @Test
    void reads_names_in_list_order_skipping_fields_it_does_not_need() {
        String genres = "[{\"id\": 28, \"name\": \"Action\"}, {\"name\": \"Drama\", \"id\": 18, \"extra\": {\"a\": [1, {\"b\": null}]}}]";

        assertThat(json.names(genres, "genres")).containsExactly("Action", "Drama");
    }

    @Test
    void reads_codes_and_named_entries() {
        assertThat(json.codes("[{\"iso_3166_1\": \"US\", \"name\": \"United States of America\"}]", "c", "iso_3166_1"))
                .containsExactly("US");
        assertThat(json.codes("[{\"iso_639_1\": \"hi\", \"name\": \"हिन्दी\"}]", "l", "iso_639_1")).containsExactly("hi");
        assertThat(json.named("[{\"name\": \"Pixar\", \"id\": 3}]", "production_companies"))
                .containsExactly(new Named(3, "Pixar"));
    }

    @Test
    void reads_blank_values_and_empty_lists_as_empty() {
        assertThat(json.names(null, "genres")).isEmpty();
        assertThat(json.names("  ", "genres")).isEmpty();
        assertThat(json.names("[]", "genres")).isEmpty();
        assertThat(json.cast("[ ]", "cast")).isEmpty();
    }

    @Test
    void rejects_truncated_json_non_lists_and_trailing_text() {
        assertThat(reasonOf(() -> json.names("[{\"id\": 28, \"name\": \"Action\"", "genres"))).isEqualTo("broken_json:genres");
        assertThat(reasonOf(() -> json.names("{\"id\": 28, \"name\": \"Action\"}", "genres"))).isEqualTo("broken_json:genres");
        assertThat(reasonOf(() -> json.names("[\"Action\"]", "genres"))).isEqualTo("broken_json:genres");
        assertThat(reasonOf(() -> json.names("[] []", "genres"))).isEqualTo("broken_json:genres");
        assertThat(reasonOf(() -> json.names("[{'id': 28, 'name': 'Action'}]", "genres"))).isEqualTo("broken_json:genres");
    }

    @Test
    void rejects_entries_that_lack_a_needed_field_or_have_the_wrong_type() {
        assertThat(reasonOf(() -> json.named("[{\"id\": 5}]", "production_companies")))
                .isEqualTo("broken_json:production_companies");
        assertThat(reasonOf(() -> json.codes("[{\"name\": \"France\"}]", "production_countries", "iso_3166_1")))
                .isEqualTo("broken_json:production_countries");
        assertThat(reasonOf(() -> json.crew("[{\"id\": \"7\", \"name\": \"N\"}]", "crew"))).isEqualTo("broken_json:crew");
        assertThat(reasonOf(() -> json.cast("[{\"id\": 7, \"name\": \"N\", \"order\": 99999999999}]", "cast")))
                .isEqualTo("broken_json:cast");
        assertThat(reasonOf(() -> json.cast("[{\"id\": 7, \"name\": 3}]", "cast"))).isEqualTo("broken_json:cast");
    }

    @Test
    void reads_cast_and_crew_with_null_gender_and_character() {
        String cast = "[{\"cast_id\": 1, \"character\": null, \"credit_id\": \"x\", \"gender\": null, \"id\": 7, \"name\": \"A\", \"order\": 4}]";
        String crew = "[{\"credit_id\": \"y\", \"department\": \"Sound\", \"id\": 8, \"job\": \"Composer\", \"name\": \"B\"}]";

        assertThat(json.cast(cast, "cast")).containsExactly(Credit.cast(7, "A", 4, null, null, null));
        assertThat(json.crew(crew, "crew")).containsExactly(Credit.crew(8, "B", "Composer", "Sound", null, null));
    }
}
