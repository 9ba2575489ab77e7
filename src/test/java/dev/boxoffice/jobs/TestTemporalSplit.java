package dev.boxoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.data.Movie;
import dev.boxoffice.model.Split;
import dev.boxoffice.model.Split.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTemporalSplit {
    /** One film a month from January 2000, ids in release order. */
    private static List<Movie> monthly(int count) {
        List<Movie> films = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            films.add(Movie.builder(i + 1, "Film " + i).releaseDate(LocalDate.of(2000, 1, 15).plusMonths(i)).build());
        }
        return films;
    }

    @Test
    void a_cutoff_trains_on_the_past_validates_on_its_latest_films_and_tests_on_the_rest() {
        List<Movie> films = monthly(120); // 2000-2009
        Split split = TemporalSplit.atCutoff(films, 2008, 0.25);

        for (Movie m : films) {
            Part part = split.partOf(m.id());
            if (m.releaseDate().getYear() >= 2008) assertThat(part).isEqualTo(Part.TEST);
            else if (m.releaseDate().getYear() >= 2006) assertThat(part).as("latest quarter of 2000-2007").isEqualTo(Part.VALIDATION);
            else assertThat(part).isEqualTo(Part.TRAIN);
        }
    }

    @Test
    void the_latest_split_orders_by_release_date_not_by_id() {
        List<Movie> films = new ArrayList<>(monthly(100));
        java.util.Collections.reverse(films);
        Split split = TemporalSplit.latest(films, 0.6, 0.2);

        assertThat(split.partOf(1)).isEqualTo(Part.TRAIN);
        assertThat(split.partOf(70)).isEqualTo(Part.VALIDATION);
        assertThat(split.partOf(100)).isEqualTo(Part.TEST);
        assertThat(split.counts()).containsEntry(Part.TRAIN, 60).containsEntry(Part.VALIDATION, 20).containsEntry(Part.TEST, 20);
    }

    @Test
    void a_cutoff_with_too_little_past_or_no_future_is_refused() {
        assertThatThrownBy(() -> TemporalSplit.atCutoff(monthly(120), 2001, 0.2)).hasMessageContaining("only 12 films");
        assertThatThrownBy(() -> TemporalSplit.atCutoff(monthly(120), 2030, 0.2)).hasMessageContaining("no film to test");
    }
}
