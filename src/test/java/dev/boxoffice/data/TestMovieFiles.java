package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestMovieFiles {
    private final MovieFiles files = new MovieFiles();

    @TempDir
    Path dir;

    @Test
    void loads_the_kaggle_pair_from_its_directory() {
        LoadedMovies loaded = files.load(Fixtures.kaggleDirectory("tmdb-small"));

        assertThat(loaded.format()).isEqualTo(Tmdb5000Reader.FORMAT);
        assertThat(loaded.movies()).hasSize(7);
        assertThat(loaded.reports()).hasSize(2);
        assertThat(loaded.withCredits()).isEqualTo(4);
    }

    @Test
    void recognises_renamed_tmdb_files_by_their_headers_and_ignores_other_csvs() {
        Fixtures.copy("tmdb-small/movies.csv", dir, "films.csv");
        Fixtures.copy("tmdb-small/credits.csv", dir, "people.CSV");
        Fixtures.write(dir, "notes.csv", "when,what\n2024-01-01,pulled the data\n");
        Fixtures.write(dir, "readme.txt", "id,title,genres\n");

        LoadedMovies loaded = files.load(dir);

        assertThat(loaded.format()).isEqualTo(Tmdb5000Reader.FORMAT);
        assertThat(loaded.movies()).hasSize(7);
        assertThat(loaded.reports()).extracting(ReadReport::file)
                .containsExactly(dir.resolve("films.csv"), dir.resolve("people.CSV"));
        assertThat(loaded.withCredits()).isEqualTo(4);
    }

    @Test
    void recognises_a_bollywood_export_by_its_header() {
        Fixtures.copy("bollywood/hindi_films.csv", dir, "export.csv");

        LoadedMovies loaded = files.load(dir);

        assertThat(loaded.format()).isEqualTo(BollywoodCsvReader.FORMAT);
        assertThat(loaded.movies()).hasSize(5).allSatisfy(m -> assertThat(m.market()).isEqualTo("hi"));
    }

    @Test
    void loads_a_single_movies_file_without_credits() {
        LoadedMovies loaded = files.load(Fixtures.path("other-source/upcoming_films.csv"));

        assertThat(loaded.format()).isEqualTo(Tmdb5000Reader.FORMAT);
        assertThat(loaded.movies()).hasSize(3);
    }

    @Test
    void prefers_the_kaggle_names_over_other_tmdb_movies_files_beside_them() {
        Fixtures.copy("tmdb-small/movies.csv", dir, "tmdb_5000_movies.csv");
        Fixtures.copy("tmdb-small/credits.csv", dir, "tmdb_5000_credits.csv");
        Fixtures.copy("other-source/upcoming_films.csv", dir, "upcoming_films.csv");

        LoadedMovies loaded = files.load(dir);

        assertThat(loaded.movies()).hasSize(7);
        assertThat(loaded.reports()).extracting(ReadReport::file)
                .containsExactly(dir.resolve("tmdb_5000_movies.csv"), dir.resolve("tmdb_5000_credits.csv"));
    }

    @Test
    void lists_the_files_it_examined_and_the_headers_it_looked_for_when_none_is_known() {
        Fixtures.write(dir, "other.csv", "a,b\n1,2\n");

        assertThatThrownBy(() -> files.load(dir))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(dir.toAbsolutePath().toString())
                .hasMessageContaining("(other.csv)")
                .hasMessageContaining("required columns: id, title")
                .hasMessageContaining("genres")
                .hasMessageContaining("movie_id, cast, crew")
                .hasMessageContaining("cast_popularity")
                .hasMessageContaining(Tmdb5000Reader.KAGGLE_URL);
    }

    @Test
    void refuses_to_guess_between_tmdb_and_bollywood_files() {
        Fixtures.copy("other-source/upcoming_films.csv", dir, "upcoming.csv");
        Fixtures.copy("bollywood/hindi_films.csv", dir, "bollywood.csv");

        assertThatThrownBy(() -> files.load(dir))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("upcoming.csv")
                .hasMessageContaining("bollywood.csv")
                .hasMessageContaining("one format");
    }

    @Test
    void refuses_to_guess_between_two_movies_files() {
        Fixtures.copy("other-source/upcoming_films.csv", dir, "a.csv");
        Fixtures.copy("other-source/upcoming_films.csv", dir, "b.csv");

        assertThatThrownBy(() -> files.load(dir))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("several TMDB 5000 movies files")
                .hasMessageContaining("a.csv")
                .hasMessageContaining("b.csv");
    }

    @Test
    void names_a_missing_path() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> files.load(missing))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining(Tmdb5000Reader.KAGGLE_URL);
    }

    @Test
    void refuses_a_credits_file_on_its_own() {
        assertThatThrownBy(() -> files.load(Fixtures.path("tmdb-small/credits.csv")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("is a TMDB 5000 credits file");
    }
}
