package dev.boxoffice.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTeamFeatures {
    private static final FeatureSet PRE = FeatureSets.PRE_RELEASE;
    private static final long WRITER = 50;
    private static final long PRODUCER = 60;
    private static final Named INDIE = new Named(200, "Small Studio");

    /** A film of the shared fixture with a writer (two writing credits) and a producer. */
    private static Movie withTeam(Movie m) {
        List<Credit> crew = new ArrayList<>(m.credits().crew());
        crew.add(Credit.crew(WRITER, "Writer", "Screenplay", "Writing", 1, null));
        crew.add(Credit.crew(WRITER, "Writer", "Story", "Writing", 1, null));
        crew.add(Credit.crew(PRODUCER, "Producer", "Producer", "Production", 2, null));
        crew.add(Credit.crew(PRODUCER + 1, "Executive", "Executive Producer", "Production", 2, null));
        return m.toBuilder().credits(new Credits(m.credits().cast(), crew)).build();
    }

    private static double feature(double[] row, String name) {
        int i = PRE.names().indexOf(name);
        assertThat(i).as("feature %s", name).isNotNegative();
        return row[i];
    }

    @Test
    void writer_and_producer_records_count_only_films_released_strictly_before() {
        Movie first = withTeam(Films.first());
        Movie sequel = withTeam(Films.sequel());
        Movie sameDay = withTeam(Films.film(4, "Other", sequel.releaseDate(), 5_000_000L, 7_000_000_000L));
        FilmHistory history = FilmHistory.of(List.of(first, sequel, sameDay, withTeam(Films.third())));

        double[] row = PRE.extract(sequel, history);

        assertThat(feature(row, "writer_prior_films")).as("two writing credits are one writer").isEqualTo(Math.log1p(1));
        assertThat(feature(row, "producer_prior_films")).as("executive producers do not count").isEqualTo(Math.log1p(1));
        assertThat(feature(row, "writer_last_log_revenue")).isCloseTo(Math.log1p(100_000_000L), within(1e-12));
        double prior = Math.log1p(100_000_000L);
        assertThat(feature(row, "producer_prior_log_revenue")).isCloseTo((prior + 2 * prior) / 3, within(1e-12));
    }

    @Test
    void last_log_revenue_is_the_latest_earlier_film_of_the_team_not_the_best() {
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel(), Films.third()));

        double[] row = PRE.extract(Films.third(), history);

        assertThat(feature(row, "director_last_log_revenue")).isCloseTo(Math.log1p(50_000_000L), within(1e-12));
        assertThat(feature(row, "cast_last_log_revenue")).isCloseTo(Math.log1p(50_000_000L), within(1e-12));
    }

    @Test
    void films_of_one_day_give_the_same_last_log_revenue_whatever_order_they_come_in() {
        Movie first = withTeam(Films.first());
        Movie twin = withTeam(Films.film(4, "Twin", first.releaseDate(), 5_000_000L, 300_000_000L));
        Movie later = withTeam(Films.third());

        for (List<Movie> order : List.of(List.of(first, twin, later), List.of(twin, first, later))) {
            double[] row = PRE.extract(later, FilmHistory.of(order));
            assertThat(feature(row, "writer_last_log_revenue")).as("the day's best film, read in order %s", order)
                    .isCloseTo(Math.log1p(300_000_000L), within(1e-12));
            assertThat(feature(row, "writer_prior_films")).isEqualTo(Math.log1p(2));
        }
    }

    @Test
    void a_team_without_earlier_films_takes_the_prior_of_all_earlier_films() {
        Movie newcomer = Films.film(7, "Fresh", LocalDate.of(2004, 1, 1), 1_000_000L, 2_000_000L).toBuilder()
                .credits(new Credits(List.of(Credit.cast(999, "Newcomer", 0, "Lead", 1, null)), List.of())).productionCompanies(List.of(INDIE)).build();
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel()));
        double prior = (Math.log1p(100_000_000L) + Math.log1p(50_000_000L)) / 2;

        double[] row = PRE.extract(newcomer, history);

        assertThat(feature(row, "company_most_prior_films")).isZero();
        assertThat(feature(row, "company_best_log_revenue")).isCloseTo(prior, within(1e-12));
        assertThat(feature(row, "company_last_log_revenue")).isCloseTo(prior, within(1e-12));
    }

    @Test
    void the_busiest_company_sets_most_prior_films() {
        Movie coProduction = Films.film(8, "Together", LocalDate.of(2007, 1, 1), 9_000_000L, 90_000_000L).toBuilder()
                .productionCompanies(List.of(Films.STUDIO, INDIE)).build();
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel(), Films.third()));

        double[] row = PRE.extract(coProduction, history);

        assertThat(feature(row, "company_most_prior_films")).isEqualTo(Math.log1p(3));
        assertThat(feature(row, "company_prior_films")).isEqualTo(Math.log1p(3));
    }

    @Test
    void a_film_without_credits_or_companies_takes_median_counts_never_zero() {
        Movie bare = Films.first().toBuilder().credits(null).productionCompanies(List.of()).build();

        double[] row = PRE.extract(bare, FilmHistory.of(List.of(Films.first())));

        assertThat(feature(row, "writer_prior_films")).isEqualTo(0.69);
        assertThat(feature(row, "producer_most_prior_films")).isEqualTo(1.39);
        assertThat(feature(row, "company_most_prior_films")).isEqualTo(3.37);
        assertThat(feature(row, "writer_prior_log_revenue")).isEqualTo(PointInTime.FALLBACK_LOG_REVENUE);
    }

    @Test
    void stated_log_budget_keeps_a_unit_error_that_log_budget_reads_as_unknown() {
        Movie unitError = Films.film(5, "Tiny", LocalDate.of(2001, 1, 1), 5L, 12L);
        Movie noBudget = Films.film(6, "Unknown", LocalDate.of(2001, 1, 1), null, null);

        double[] tiny = PRE.extract(unitError, FilmHistory.EMPTY);
        double[] unknown = PRE.extract(noBudget, FilmHistory.EMPTY);

        assertThat(feature(tiny, "log_budget_stated")).isEqualTo(Math.log1p(5));
        assertThat(feature(tiny, "log_budget")).isZero();
        assertThat(feature(unknown, "log_budget_stated")).as("the median, about $25M").isEqualTo(17.03);
    }

    @Test
    void pre_release_v2_and_v3_anchor_on_the_stated_budget_and_v1_still_loads() {
        FeatureSet v2 = FeatureSets.find("pre-release", 2);
        assertThat(v2.anchor()).isEqualTo("log_budget_stated");
        assertThat(PRE.anchor()).isEqualTo("log_budget_stated");
        FeatureSet v1 = FeatureSets.find("pre-release", 1);
        assertThat(v1.anchor()).isNull();
        assertThat(v2.names().subList(0, v1.width())).as("v2 only adds features").isEqualTo(v1.names());
        assertThat(FeatureSets.find("post-release", 1).names()).doesNotContain("log_budget_stated", "writer_prior_films");
    }
}
