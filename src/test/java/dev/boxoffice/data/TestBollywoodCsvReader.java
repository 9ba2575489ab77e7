package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestBollywoodCsvReader {
    private static final Path SAMPLE = Fixtures.path("bollywood/hindi_films.csv");

    private final LoadedMovies loaded = new BollywoodCsvReader().read(SAMPLE);

    @TempDir
    Path dir;

    private Movie film(long id) {
        return loaded.movies().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Test
    void maps_a_row_to_a_hindi_market_film_with_people_aggregates() {
        Movie expected = Movie.builder(360814, "Dangal").imdbId("tt5074352").originalLanguage("hi")
                .releaseDate(LocalDate.of(2016, 12, 21)).budgetUsd(10_400_000L).revenueUsd(311_000_000L)
                .popularity(26.566).people(new PeopleSummary(96.75299999999996, 79.887, true))
                .market("hi").source("bollywood-csv").build();

        assertThat(film(360814)).isEqualTo(expected);
        assertThat(loaded.format()).isEqualTo("bollywood-csv");
    }

    @Test
    void reads_zero_money_and_a_missing_imdb_id_as_unknown_and_no_as_no_star() {
        Movie small = film(5001);

        assertThat(small.budgetUsd()).isNull();
        assertThat(small.revenueUsd()).isNull();
        assertThat(small.imdbId()).isNull();
        assertThat(small.people()).isEqualTo(new PeopleSummary(12.5, 3.25, false));
    }

    @Test
    void leaves_people_unknown_when_star_present_is_empty() {
        Movie film = film(5007);

        assertThat(film.people()).isNull();
        assertThat(film.revenueUsd()).isNull();
        assertThat(film.budgetUsd()).isEqualTo(2_500_000L);
    }

    @Test
    void skips_and_counts_bad_rows_by_reason_and_keeps_the_first_of_a_repeated_id() {
        ReadReport report = loaded.reports().get(0);

        assertThat(loaded.movies()).extracting(Movie::id).containsExactly(360814L, 132316L, 5001L, 5002L, 5007L);
        assertThat(film(360814).title()).isEqualTo("Dangal");
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.rowsKept()).isEqualTo(5);
        assertThat(report.rejectedByReason()).containsOnly(entry("bad_value:star_present", 1),
                entry("bad_number:cast_popularity", 1), entry("duplicate_id", 1), entry("negative_money:revenue", 1),
                entry("bad_date:release_date", 1));
        assertThat(report.exampleLines()).containsOnly(entry("bad_value:star_present", List.of(6L)),
                entry("bad_number:cast_popularity", List.of(7L)), entry("duplicate_id", List.of(8L)),
                entry("negative_money:revenue", List.of(9L)), entry("bad_date:release_date", List.of(10L)));
    }

    @Test
    void flags_a_budget_or_revenue_under_ten_thousand_dollars_but_keeps_it() {
        assertThat(loaded.reports().get(0).flagsByReason())
                .containsOnly(entry("budget_under_10k", 1), entry("revenue_under_10k", 1));
        assertThat(film(5002).budgetUsd()).isEqualTo(5L);
        assertThat(film(5002).revenueUsd()).isEqualTo(12L);
    }

    @Test
    void reads_a_file_without_the_people_columns_with_people_unknown() {
        Path file = Fixtures.write(dir, "films.csv", "id,title,budget,revenue\n7,Seven,100000,300000\n");

        LoadedMovies films = new BollywoodCsvReader().read(file);

        assertThat(films.movies()).singleElement().satisfies(m -> {
            assertThat(m.people()).isNull();
            assertThat(m.market()).isEqualTo("hi");
            assertThat(m.budgetUsd()).isEqualTo(100_000L);
        });
    }

    @Test
    void fails_fast_when_the_header_lacks_the_id() {
        Path file = Fixtures.write(dir, "films.csv", "title,budget\nSeven,100\n");

        assertThatThrownBy(() -> new BollywoodCsvReader().read(file))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("lacks the column(s) id")
                .hasMessageContaining("cast_popularity");
    }
}
