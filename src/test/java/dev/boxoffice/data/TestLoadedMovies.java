package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestLoadedMovies {
    private static final Path FILE = Path.of("films.csv");

    private static Movie film(long id, Long budget, Long revenue) {
        return Movie.builder(id, "Film " + id).budgetUsd(budget).revenueUsd(revenue).build();
    }

    @Test
    void counts_films_with_both_money_values_and_with_credits() {
        List<Movie> movies = List.of(film(1, 100_000L, 500_000L), film(2, 100_000L, null), film(3, 0L, 500_000L),
                film(4, 20_000L, 30_000L).withCredits(Credits.EMPTY));

        LoadedMovies loaded = new LoadedMovies("tmdb5000", movies, List.of());

        assertThat(loaded.withBudgetAndRevenue()).isEqualTo(2);
        assertThat(loaded.withCredits()).isEqualTo(1);
    }

    @Test
    void summary_shows_at_most_the_kept_line_numbers_and_marks_the_rest() {
        ReadReport report = new ReadReport(FILE, 12, 4, Map.of("bad_date:release_date", 8),
                Map.of("bad_date:release_date", List.of(2L, 3L, 5L, 8L, 13L)), Map.of());

        List<String> lines = new LoadedMovies("bollywood-csv", List.of(film(1, null, null)), List.of(report)).summaryLines();

        assertThat(lines).containsExactly(
                "bollywood-csv: 1 film, 0 with budget and revenue",
                "  films.csv: 12 rows read, 4 kept, 8 skipped",
                "    skipped bad_date:release_date: 8 (lines 2, 3, 5, 8, 13, ...)");
    }

    @Test
    void holds_its_own_copies_of_the_lists() {
        List<Movie> movies = new ArrayList<>(List.of(film(1, null, null)));
        LoadedMovies loaded = new LoadedMovies("tmdb5000", movies, List.of());

        movies.clear();

        assertThat(loaded.movies()).hasSize(1);
    }
}
