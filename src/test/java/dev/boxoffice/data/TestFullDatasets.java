package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boxoffice.AppConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the real files. Expected figures were computed once with pandas 1.5 (read_csv, then counting
 * budget > 0, revenue > 0, JSON list lengths); they are not re-derived here.
 */
class TestFullDatasets {
    /** Directory of bollywood_movies.csv; read only by this test, like BOXOFFICE_DATA is read through AppConfig. */
    static final String ENV_BOLLYWOOD = "BOXOFFICE_BOLLYWOOD_DATA";

    private static final Logger LOG = LoggerFactory.getLogger(TestFullDatasets.class);

    private static Movie film(LoadedMovies loaded, long id) {
        return loaded.movies().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Test
    void reads_all_4803_tmdb_5000_films_with_their_credits() {
        Path dir = AppConfig.fromEnvironment(System.getenv()).dataDir();
        assumeTrue(dir != null, "skipped: set " + AppConfig.ENV_DATA + " to the directory holding "
                + Tmdb5000Reader.MOVIES_FILE + " and " + Tmdb5000Reader.CREDITS_FILE + " to run this test");

        long start = System.nanoTime();
        LoadedMovies loaded = new Tmdb5000Reader().readDirectory(dir);
        LOG.info("read the TMDB 5000 pair in {} ms", (System.nanoTime() - start) / 1_000_000);

        assertThat(loaded.movies()).hasSize(4803);
        assertThat(loaded.withBudgetAndRevenue()).isEqualTo(3229);
        assertThat(loaded.withCredits()).isEqualTo(4803);
        assertThat(loaded.movies().stream().filter(m -> m.budgetUsd() != null && m.revenueUsd() != null)
                .filter(Movie::isHit).count()).isEqualTo(1804);
        assertThat(loaded.reports()).allSatisfy(r -> assertThat(r.rejectedByReason()).isEmpty());
        assertThat(loaded.reports().get(0).flagsByReason())
                .containsOnly(entry("budget_under_10k", 35), entry("revenue_under_10k", 27), entry("runtime_zero", 35));
        assertThat(loaded.reports().get(1).flagsByReason()).isEmpty();

        assertThat(loaded.movies().stream().mapToLong(Movie::budgetOrZero).sum()).isEqualTo(139_503_326_521L);
        assertThat(loaded.movies().stream().mapToLong(Movie::revenueOrZero).sum()).isEqualTo(395_097_847_444L);
        assertThat(loaded.movies().stream().mapToInt(m -> m.genres().size()).sum()).isEqualTo(12160);
        assertThat(loaded.movies().stream().mapToInt(m -> m.keywords().size()).sum()).isEqualTo(36194);
        assertThat(loaded.movies().stream().mapToInt(m -> m.productionCompanies().size()).sum()).isEqualTo(13677);
        assertThat(loaded.movies().stream().mapToInt(m -> m.credits().cast().size()).sum()).isEqualTo(106257);
        assertThat(loaded.movies().stream().mapToInt(m -> m.credits().crew().size()).sum()).isEqualTo(129581);
        assertThat(loaded.movies().stream().filter(m -> m.runtimeMinutes() == null).count()).isEqualTo(2);

        Movie avatar = film(loaded, 19995);
        assertThat(avatar.credits().cast()).hasSize(83);
        assertThat(avatar.credits().crew()).hasSize(153);
        assertThat(avatar.credits().cast().get(0).name()).isEqualTo("Sam Worthington");
        assertThat(film(loaded, 380097).releaseDate()).as("the one film without a date").isNull();
        assertThat(film(loaded, 25248).overview()).as("a \\r inside a quoted field").contains("\r It's the fictional tale");
        assertThat(loaded.movies()).extracting(Movie::releaseDate).filteredOn(d -> d != null)
                .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(1916, 9, 4), LocalDate.of(2017, 2, 3)));
    }

    @Test
    void recognises_the_tmdb_5000_directory_by_its_headers() {
        Path dir = AppConfig.fromEnvironment(System.getenv()).dataDir();
        assumeTrue(dir != null, "skipped: set " + AppConfig.ENV_DATA + " to the TMDB 5000 directory to run this test");

        LoadedMovies loaded = new MovieFiles().load(dir);

        assertThat(loaded.format()).isEqualTo(Tmdb5000Reader.FORMAT);
        assertThat(loaded.withBudgetAndRevenue()).isEqualTo(3229);
    }

    @Test
    void reads_all_2849_bollywood_films() {
        String dir = System.getenv(ENV_BOLLYWOOD);
        assumeTrue(dir != null && !dir.isBlank(), "skipped: set " + ENV_BOLLYWOOD
                + " to the directory holding " + BollywoodCsvReader.FILE + " to run this test");

        LoadedMovies loaded = new MovieFiles().load(Path.of(dir));

        assertThat(loaded.format()).isEqualTo(BollywoodCsvReader.FORMAT);
        assertThat(loaded.movies()).hasSize(2849).allSatisfy(m -> {
            assertThat(m.market()).isEqualTo(Movie.HINDI);
            assertThat(m.people()).isNotNull();
        });
        assertThat(loaded.withBudgetAndRevenue()).isEqualTo(295);
        assertThat(loaded.reports().get(0).rejectedByReason()).isEmpty();
        assertThat(loaded.reports().get(0).flagsByReason())
                .containsOnly(entry("budget_under_10k", 18), entry("revenue_under_10k", 11));
        assertThat(loaded.movies().stream().filter(m -> m.people().starPresent()).count()).isEqualTo(322);
        assertThat(loaded.movies().stream().filter(m -> m.imdbId() == null).count()).isEqualTo(265);
        assertThat(loaded.movies().stream().mapToLong(Movie::budgetOrZero).sum()).isEqualTo(2_158_475_914L);
        assertThat(loaded.movies().stream().mapToLong(Movie::revenueOrZero).sum()).isEqualTo(5_459_468_641L);
        assertThat(loaded.movies().stream().mapToDouble(m -> m.people().castPopularity()).sum())
                .isCloseTo(99134.004, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(film(loaded, 360814).people()).isEqualTo(new PeopleSummary(96.75299999999996, 79.887, true));
    }
}
