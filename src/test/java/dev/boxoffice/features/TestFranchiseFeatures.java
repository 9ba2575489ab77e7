package dev.boxoffice.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestFranchiseFeatures {
    private static final FeatureSet PRE = FeatureSets.PRE_RELEASE;

    private static double feature(Movie m, FilmHistory history, String name) {
        return PRE.extract(m, history)[PRE.names().indexOf(name)];
    }

    @Test
    void the_third_film_reads_the_latest_installment_and_the_best_one() {
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel(), Films.third()));

        // Hero earned $100M on $10M; Hero 2, the latest before the third, $50M on $20M
        assertThat(feature(Films.third(), history, "franchise_last_log_revenue")).isCloseTo(Math.log1p(50_000_000L), within(1e-9));
        assertThat(feature(Films.third(), history, "franchise_best_log_revenue")).isCloseTo(Math.log1p(100_000_000L), within(1e-9));
        assertThat(feature(Films.third(), history, "franchise_last_log_roi"))
                .isCloseTo(Math.log1p(50_000_000L) - Math.log1p(20_000_000L), within(1e-9));
    }

    @Test
    void a_first_installment_takes_zero_and_never_sees_its_sequels() {
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel(), Films.third()));

        for (String name : List.of("franchise_last_log_revenue", "franchise_best_log_revenue", "franchise_last_log_roi")) {
            assertThat(feature(Films.first(), history, name)).as(name).isZero();
        }
    }

    @Test
    void a_latest_installment_without_a_budget_reads_as_break_even() {
        Movie noBudget = Films.film(2, "Hero 2", LocalDate.of(2003, 6, 1), null, 50_000_000L);
        FilmHistory history = FilmHistory.of(List.of(Films.first(), noBudget));

        assertThat(feature(Films.third(), history, "franchise_last_log_roi")).isZero();
        assertThat(feature(Films.third(), history, "franchise_last_log_revenue")).isCloseTo(Math.log1p(50_000_000L), within(1e-9));
    }

    @Test
    void a_collection_new_to_the_history_still_continues_the_title_stem() {
        Movie withCollection = Films.third().toBuilder().collection(new Named(77, "Hero Collection")).build();
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel()));

        assertThat(feature(withCollection, history, "franchise_last_log_revenue")).isCloseTo(Math.log1p(50_000_000L), within(1e-9));
    }

    @Test
    void an_upcoming_sequel_is_read_on_the_day_of_the_forecast() {
        Movie undated = Films.third().toBuilder().releaseDate(null).build();
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel()));

        double[] row = PRE.extract(undated, history, LocalDate.of(2003, 1, 1));

        assertThat(row[PRE.names().indexOf("franchise_last_log_revenue")]).as("Hero 2 is not out yet on that day")
                .isCloseTo(Math.log1p(100_000_000L), within(1e-9));
    }

    @Test
    void the_year_is_left_out_because_trees_cannot_carry_it_past_the_cutoff() {
        assertThat(PRE.version()).isEqualTo(3);
        assertThat(PRE.names()).doesNotContain("release_year").contains("release_month", "franchise_prior_films");
        assertThat(FeatureSets.find("pre-release", 2).names()).contains("release_year")
                .doesNotContain("franchise_last_log_revenue");
    }
}
