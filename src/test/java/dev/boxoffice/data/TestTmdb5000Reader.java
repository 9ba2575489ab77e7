package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTmdb5000Reader {
    private static final Path SMALL_MOVIES = Fixtures.path("tmdb-small/movies.csv");

    private final Tmdb5000Reader reader = new Tmdb5000Reader();

    @TempDir
    Path dir;

    private LoadedMovies smallMoviesOnly() {
        return reader.readFiles(SMALL_MOVIES, null);
    }

    private Movie film(LoadedMovies loaded, long id) {
        return loaded.movies().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Test
    void keeps_the_valid_rows_of_a_file_with_broken_rows_of_every_kind_in_file_order() {
        LoadedMovies loaded = smallMoviesOnly();

        assertThat(loaded.format()).isEqualTo("tmdb5000");
        assertThat(loaded.movies()).extracting(Movie::id).containsExactly(19995L, 285L, 206647L, 1001L, 1002L, 1015L, 1016L);
        ReadReport report = loaded.reports().get(0);
        assertThat(report.file()).isEqualTo(SMALL_MOVIES);
        assertThat(report.rowsRead()).isEqualTo(22);
        assertThat(report.rowsKept()).isEqualTo(7);
        assertThat(report.rejected()).isEqualTo(15);
    }

    @Test
    void counts_skipped_rows_by_reason_with_the_lines_they_start_on() {
        ReadReport report = smallMoviesOnly().reports().get(0);

        assertThat(report.rejectedByReason()).containsOnly(
                entry("broken_json:genres", 1), entry("broken_json:keywords", 1),
                entry("broken_json:production_companies", 1), entry("bad_number:budget", 1),
                entry("bad_number:revenue", 1), entry("bad_date:release_date", 2), entry("negative_money:budget", 1),
                entry("duplicate_id", 1), entry("missing_value:title", 1), entry("missing_value:id", 1),
                entry("bad_number:id", 1), entry("wrong_field_count", 1), entry("out_of_range:vote_average", 1),
                entry("bad_number:popularity", 1));
        // line 3 holds a record that spans lines 3-4, so later records start one line further down
        assertThat(report.exampleLines()).containsOnly(
                entry("broken_json:genres", List.of(8L)), entry("broken_json:keywords", List.of(9L)),
                entry("broken_json:production_companies", List.of(10L)), entry("bad_number:budget", List.of(11L)),
                entry("bad_number:revenue", List.of(12L)), entry("bad_date:release_date", List.of(13L, 22L)),
                entry("negative_money:budget", List.of(14L)), entry("duplicate_id", List.of(15L)),
                entry("missing_value:title", List.of(16L)), entry("missing_value:id", List.of(17L)),
                entry("bad_number:id", List.of(18L)), entry("wrong_field_count", List.of(19L)),
                entry("out_of_range:vote_average", List.of(20L)), entry("bad_number:popularity", List.of(21L)));
    }

    @Test
    void flags_implausible_money_and_zero_runtime_but_keeps_the_values() {
        LoadedMovies loaded = smallMoviesOnly();

        assertThat(loaded.reports().get(0).flagsByReason())
                .containsOnly(entry("budget_under_10k", 1), entry("revenue_under_10k", 1), entry("runtime_zero", 1));
        Movie tiny = film(loaded, 1001);
        assertThat(tiny.budgetUsd()).isEqualTo(5L);
        assertThat(tiny.revenueUsd()).isEqualTo(500L);
        assertThat(tiny.runtimeMinutes()).isEqualTo(0.0);
        assertThat(tiny.hasImplausibleMoney()).isTrue();
    }

    @Test
    void maps_every_column_of_a_complete_row() {
        Movie avatar = film(smallMoviesOnly(), 19995);

        Movie expected = Movie.builder(19995, "Avatar").originalTitle("Avatar").originalLanguage("en")
                .releaseDate(LocalDate.of(2009, 12, 10)).budgetUsd(237_000_000L).revenueUsd(2_787_965_087L)
                .runtimeMinutes(162.0).popularity(150.437577).voteAverage(7.2).voteCount(11800)
                .genres(List.of("Action", "Adventure", "Fantasy", "Science Fiction"))
                .keywords(List.of("culture clash", "future", "space war"))
                .productionCompanies(List.of(new Named(289, "Ingenious Film Partners"),
                        new Named(306, "Twentieth Century Fox Film Corporation")))
                .productionCountries(List.of("US", "GB")).spokenLanguages(List.of("en", "es"))
                .status("Released")
                .overview("In the 22nd century, a paraplegic Marine is dispatched to the moon Pandora on a unique mission.")
                .market("global").source("tmdb5000").build();
        assertThat(avatar).isEqualTo(expected);
    }

    @Test
    void reads_zero_money_and_empty_fields_as_unknown() {
        LoadedMovies loaded = smallMoviesOnly();

        Movie spectre = film(loaded, 206647);
        assertThat(spectre.budgetUsd()).isNull();
        assertThat(spectre.revenueUsd()).isNull();
        Movie noDate = film(loaded, 1002);
        assertThat(noDate.releaseDate()).isNull();
        assertThat(noDate.runtimeMinutes()).isNull();
        assertThat(noDate.voteAverage()).isNull();
        assertThat(noDate.genres()).isEmpty();
        assertThat(noDate.status()).isEqualTo("Rumored");
    }

    @Test
    void keeps_quotes_newlines_carriage_returns_and_accents_inside_fields() {
        LoadedMovies loaded = smallMoviesOnly();

        assertThat(film(loaded, 285).overview())
                .isEqualTo("Captain Barbossa, long believed to be dead, has come back to life.\nHe said \"parley\", twice.");
        assertThat(film(loaded, 285).title()).isEqualTo("Pirates of the Caribbean: At World's End");
        assertThat(film(loaded, 1015).overview()).isEqualTo("first part\rsecond part");
        assertThat(film(loaded, 1016).title()).isEqualTo("Le Fabuleux Destin d'Amélie Poulain");
        assertThat(film(loaded, 1016).productionCountries()).containsExactly("FR", "DE");
    }

    @Test
    void accepts_whole_dollar_amounts_written_as_decimals_or_exponents() {
        Movie film = film(smallMoviesOnly(), 1015);

        assertThat(film.budgetUsd()).isEqualTo(15_000_000L);
        assertThat(film.revenueUsd()).isEqualTo(30_000_000L);
    }

    @Test
    void reads_crlf_files_that_start_with_a_byte_order_mark() {
        LoadedMovies loaded = reader.readDirectory(Fixtures.kaggleDirectory("tmdb-crlf"));

        assertThat(loaded.movies()).extracting(Movie::id).containsExactly(19995L, 206647L, 1020L);
        // budget is the first column: with the mark left in, the header would say "\uFEFFbudget"
        assertThat(film(loaded, 19995).budgetUsd()).isEqualTo(237_000_000L);
        assertThat(film(loaded, 19995).credits().cast()).hasSize(2);
        assertThat(film(loaded, 1020).overview()).isEqualTo("line one\r\nline two");
        assertThat(film(loaded, 1020).credits()).isNull();
        assertThat(loaded.reports()).allSatisfy(r -> assertThat(r.rejected()).isZero());
    }

    @Test
    void reads_a_file_from_another_source_with_extra_missing_and_reordered_columns() {
        LoadedMovies loaded = reader.readFiles(Fixtures.path("other-source/upcoming_films.csv"), null);

        assertThat(loaded.movies()).extracting(Movie::title).containsExactly("Upcoming One", "Upcoming Two", "Upcoming Three");
        Movie one = loaded.movies().get(0);
        assertThat(one.id()).isEqualTo(500001L);
        assertThat(one.releaseDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(one.budgetUsd()).isEqualTo(150_000_000L);
        assertThat(one.revenueUsd()).isNull();
        assertThat(one.runtimeMinutes()).isNull();
        assertThat(one.keywords()).isEmpty();
        assertThat(one.genres()).containsExactly("Action");
        assertThat(one.productionCountries()).containsExactly("US");
        assertThat(one.overview()).isEqualTo("A carriage\rreturn inside.");
        assertThat(one.imdbId()).as("extra columns are ignored").isNull();
        assertThat(one.credits()).isNull();
        assertThat(loaded.movies().get(1).overview()).isEqualTo("Two\r\nlines.");
        assertThat(loaded.movies().get(1).budgetUsd()).isNull();
        assertThat(loaded.reports()).hasSize(1);
        assertThat(loaded.reports().get(0).rejected()).isZero();
    }

    @Test
    void says_where_it_looked_and_how_to_get_the_files_when_the_directory_has_no_movies_file() {
        Path expected = dir.resolve("tmdb_5000_movies.csv").toAbsolutePath();

        assertThatThrownBy(() -> reader.readDirectory(dir))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(expected.toString())
                .hasMessageContaining("\"TMDB 5000 Movie Dataset\"")
                .hasMessageContaining("tmdb_5000_movies.csv and tmdb_5000_credits.csv")
                .hasMessageContaining("https://www.kaggle.com/datasets/tmdb/tmdb-movie-metadata")
                .hasMessageContaining("BOXOFFICE_DATA")
                .hasMessageContaining("--data");
    }

    @Test
    void reads_a_directory_without_a_credits_file_leaving_credits_unknown() {
        Fixtures.copy("tmdb-small/movies.csv", dir, "tmdb_5000_movies.csv");

        LoadedMovies loaded = reader.readDirectory(dir);

        assertThat(loaded.movies()).hasSize(7).allSatisfy(m -> assertThat(m.credits()).isNull());
        assertThat(loaded.reports()).hasSize(1);
    }

    @Test
    void fails_fast_naming_the_file_and_the_columns_when_the_header_lacks_title() {
        Path file = Fixtures.write(dir, "films.csv", "id,name,budget\n1,Avatar,100\n");

        assertThatThrownBy(() -> reader.readFiles(file, null))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("lacks the column(s) title")
                .hasMessageContaining("required columns: id, title")
                .hasMessageContaining("the header has: id, name, budget");
    }

    @Test
    void fails_fast_when_the_credits_header_lacks_crew() {
        Path credits = Fixtures.write(dir, "credits.csv", "movie_id,title,cast\n19995,Avatar,[]\n");

        assertThatThrownBy(() -> reader.readFiles(SMALL_MOVIES, credits))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(credits.toString())
                .hasMessageContaining("lacks the column(s) crew")
                .hasMessageContaining("movie_id, cast, crew");
    }

    @Test
    void fails_fast_when_a_named_file_does_not_exist() {
        Path missing = dir.resolve("nope.csv");

        assertThatThrownBy(() -> reader.readFiles(missing, null))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(missing + ": no such file")
                .hasMessageContaining("id, title");
        assertThatThrownBy(() -> reader.readFiles(SMALL_MOVIES, missing))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(missing + ": no such file")
                .hasMessageContaining("movie_id, cast, crew");
    }

    @Test
    void summary_lines_give_totals_skip_reasons_with_lines_and_flags() {
        List<String> lines = reader.readDirectory(Fixtures.kaggleDirectory("tmdb-small")).summaryLines();

        assertThat(lines.get(0)).isEqualTo("tmdb5000: 7 films, 6 with budget and revenue, 4 with credits");
        assertThat(lines).anyMatch(l -> l.endsWith(Tmdb5000Reader.MOVIES_FILE + ": 22 rows read, 7 kept, 15 skipped; "
                + "flagged but kept: budget_under_10k 1, revenue_under_10k 1, runtime_zero 1"));
        assertThat(lines).contains("    skipped bad_date:release_date: 2 (lines 13, 22)");
        assertThat(lines).anyMatch(l -> l.endsWith("tmdb_5000_credits.csv: 9 rows read, 5 kept, 4 skipped; "
                + "flagged but kept: credits_without_movie 1, movie_without_credits 3"));
        assertThat(lines).as("a total, a line per file, a line per skip reason").hasSize(1 + 1 + 14 + 1 + 4);
    }
}
