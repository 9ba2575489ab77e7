package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.Movie;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.StoreStats;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boxoffice ingest} into a real SQLite store under a temporary BOXOFFICE_HOME. */
class TestIngestCommand {
    private static final int FILMS = 60;

    @TempDir Path home;
    @TempDir Path data;

    @Test
    void first_run_inserts_every_film_and_stores_features_for_each_feature_set() {
        SyntheticTmdbFiles.write(data, FILMS, 1);
        CliRunner.Result run = new CliRunner(home).run("ingest", "--data", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("inserted: 60\n", "updated: 0\n", "unchanged: 0\n", "rejected: 0\n",
                "features: 180 rows (60 films x 3 feature sets)");
        assertThat(run.err()).as("plain progress lines off a terminal").contains("movies: 60/60 committed")
                .doesNotContain("\r");
        StoreStats stats = store().stats();
        assertThat(stats.rows("movies")).isEqualTo(FILMS);
        assertThat(stats.rows("credits")).isEqualTo(FILMS * 4L);
        assertThat(stats.rows("movie_features")).isEqualTo(FILMS * 3L);
        assertThat(store().loadFeatures(1000, "pre-release", 3)).isPresent();
    }

    @Test
    void a_rerun_leaves_every_film_unchanged() {
        SyntheticTmdbFiles.write(data, FILMS, 1);
        CliRunner cli = new CliRunner(home).with(AppConfig.ENV_DATA, data.toString());
        assertThat(cli.run("ingest").exitCode()).isZero();

        CliRunner.Result again = cli.run("ingest");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("inserted: 0\n", "updated: 0\n", "unchanged: 60\n",
                "features: up to date (no film changed)");
        assertThat(store().stats().rows("movies")).isEqualTo(FILMS);
    }

    @Test
    void a_changed_file_updates_only_the_changed_films() {
        List<List<String>> rows = SyntheticTmdbFiles.movieRows(FILMS, 1);
        SyntheticTmdbFiles.write(data, rows, r -> r, 1);
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("ingest", "--data", data.toString()).exitCode()).isZero();

        SyntheticTmdbFiles.write(data, rows, r -> {
            List<List<String>> edited = new ArrayList<>(r);
            for (int i : new int[] {3, 10, 42}) {
                List<String> row = new ArrayList<>(r.get(i));
                row.set(0, "123456789");   // a new budget
                edited.set(i, row);
            }
            return edited;
        }, 1);
        CliRunner.Result changed = cli.run("ingest", "--data", data.toString());

        assertThat(changed.out()).as(changed.toString()).contains("inserted: 0\n", "updated: 3\n", "unchanged: 57\n",
                "features: 180 rows");
        assertThat(store().findMovie(1003)).map(Movie::budgetUsd).contains(123_456_789L);
    }

    @Test
    void rows_the_reader_skips_are_counted_by_reason() {
        SyntheticTmdbFiles.write(data, SyntheticTmdbFiles.movieRows(FILMS, 1), r -> {
            List<List<String>> edited = new ArrayList<>(r);
            List<String> noId = new ArrayList<>(r.get(0));
            noId.set(3, "");
            edited.add(noId);
            edited.add(new ArrayList<>(r.get(1)));   // the same id twice, in movies and (written alike) in credits
            return edited;
        }, 1);

        CliRunner.Result run = new CliRunner(home).run("ingest", "--data", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("inserted: 60\n", "rejected: 3\n", "  credits:duplicate_id: 1\n",
                "  movies:duplicate_id: 1\n", "  movies:missing_value:id: 1\n");
        assertThat(store().stats().rows("movies")).isEqualTo(FILMS);
    }

    @Test
    void an_unknown_source_is_invalid_input() {
        CliRunner.Result run = new CliRunner(home).run("ingest", "--source", "ftp", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boxoffice: --source must be one of files, tmdb-api, got ftp\n");
    }

    @Test
    void no_data_anywhere_is_invalid_input_naming_where_it_looked() {
        CliRunner.Result run = new CliRunner(home).run("ingest");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("BOXOFFICE_DATA is not set", home.resolve("data").toString(),
                "https://www.kaggle.com/datasets/tmdb/tmdb-movie-metadata").hasLineCount(1);
    }

    private FeatureStore store() {
        return new FeatureStore(Database.open("jdbc:sqlite:" + home.resolve("boxoffice.db")), Clock.systemUTC());
    }
}
