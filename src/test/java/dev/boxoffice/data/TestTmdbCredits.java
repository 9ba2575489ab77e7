package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestTmdbCredits {
    private final LoadedMovies loaded = new Tmdb5000Reader().readDirectory(Fixtures.kaggleDirectory("tmdb-small"));

    private Movie film(long id) {
        return loaded.movies().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Test
    void joins_cast_in_billing_order_and_crew_on_the_movie_id() {
        Credits avatar = film(19995).credits();

        assertThat(avatar.cast()).containsExactly(
                Credit.cast(65731, "Sam Worthington", 0, "Jake Sully", 2, null),
                Credit.cast(8691, "Zoe Saldana", 1, "Neytiri", 1, null));
        assertThat(avatar.crew()).containsExactly(
                Credit.crew(2710, "James Cameron", "Director", "Directing", 2, null),
                Credit.crew(1721, "Stephen E. Rivkin", "Editor", "Editing", 0, null));
        assertThat(avatar.crewWithJob("Director")).extracting(Credit::name).containsExactly("James Cameron");
    }

    @Test
    void keeps_the_first_of_two_credits_rows_for_one_film() {
        assertThat(film(19995).credits().cast()).hasSize(2);
    }

    @Test
    void empty_lists_are_known_empty_credits_not_unknown_ones() {
        assertThat(film(206647).credits()).isEqualTo(Credits.EMPTY);
    }

    @Test
    void a_cast_entry_without_order_takes_its_position_and_may_lack_a_character() {
        assertThat(film(1016).credits().cast()).containsExactly(
                Credit.cast(3010, "Audrey Tautou", 0, null, 1, null),
                Credit.cast(3011, "Mathieu Kassovitz", 1, "Nino", 2, null));
    }

    @Test
    void a_broken_credits_row_drops_only_the_credits_of_that_film() {
        assertThat(film(1001).credits()).as("broken cast JSON").isNull();
        assertThat(film(1015).credits()).as("a crew id that is a string").isNull();
        assertThat(film(1001).title()).isEqualTo("Tiny Budget");
        assertThat(film(1002).credits()).as("no credits row at all").isNull();
    }

    @Test
    void counts_credits_rows_by_reason_and_flags_ids_that_do_not_match() {
        ReadReport credits = loaded.reports().get(1);

        assertThat(credits.file().getFileName().toString()).isEqualTo(Tmdb5000Reader.CREDITS_FILE);
        assertThat(credits.rowsRead()).isEqualTo(9);
        assertThat(credits.rowsKept()).isEqualTo(5);
        assertThat(credits.rejectedByReason()).containsOnly(entry("broken_json:cast", 1), entry("broken_json:crew", 1),
                entry("duplicate_id", 1), entry("bad_number:movie_id", 1));
        assertThat(credits.exampleLines()).containsOnly(entry("broken_json:cast", List.of(5L)),
                entry("broken_json:crew", List.of(6L)), entry("duplicate_id", List.of(8L)),
                entry("bad_number:movie_id", List.of(10L)));
        assertThat(credits.flagsByReason()).containsOnly(entry("movie_without_credits", 3), entry("credits_without_movie", 1));
    }

    @Test
    void credits_problems_never_cost_a_film() {
        assertThat(loaded.movies()).hasSize(7);
        assertThat(loaded.withCredits()).isEqualTo(4);
    }
}
