package dev.boxoffice.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Movie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPointInTimeFeatures {
    private static final FeatureSet PRE = FeatureSets.PRE_RELEASE;

    private static double feature(FeatureSet set, double[] row, String name) {
        return row[set.names().indexOf(name)];
    }

    @Test
    void a_later_film_never_changes_an_earlier_films_features() {
        List<Movie> before = List.of(Films.first(), Films.sequel());
        List<Movie> withLater = new ArrayList<>(before);
        withLater.add(Films.third());
        withLater.add(Films.film(9, "Hero 9", LocalDate.of(2003, 6, 2), 1_000_000L, 9_000_000_000L));

        for (Movie m : before) {
            double[] a = PRE.extract(m, FilmHistory.of(before));
            double[] b = PRE.extract(m, FilmHistory.of(withLater));
            assertThat(b).as("features of %s", m.title()).containsExactly(a);
        }
    }

    @Test
    void a_film_does_not_see_itself_or_films_released_the_same_day() {
        Movie sameDay = Films.film(4, "Other Hero", Films.sequel().releaseDate(), 5_000_000L, 7_000_000_000L);
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel(), sameDay));

        double[] row = PRE.extract(Films.sequel(), history);

        assertThat(feature(PRE, row, "director_prior_films")).isEqualTo(Math.log1p(1));
        double prior = Math.log1p(100_000_000L);
        double expected = (prior + 2 * prior) / (1 + 2);
        assertThat(feature(PRE, row, "director_prior_log_revenue")).isCloseTo(expected, within(1e-12));
    }

    @Test
    void every_pre_release_feature_is_the_same_when_extracted_the_day_before_release() {
        List<Movie> films = List.of(Films.first(), Films.sequel(), Films.third());
        FilmHistory history = FilmHistory.of(films);
        for (Movie m : films) {
            Movie unreleased = m.toBuilder().releaseDate(null).build();
            double[] atRelease = PRE.extract(m, history);
            double[] dayBefore = PRE.extract(unreleased, history, m.releaseDate().minusDays(1));
            for (String timing : List.of("release_month", "release_weekday", "release_summer",
                    "release_holidays", "log_budget_real")) {
                int i = PRE.names().indexOf(timing);
                atRelease[i] = 0;
                dayBefore[i] = 0;
            }
            assertThat(dayBefore).as("features of %s", m.title()).containsExactly(atRelease);
        }
    }

    @Test
    void sequels_are_linked_by_title_stem_when_no_collection_is_known() {
        FilmHistory history = FilmHistory.of(List.of(Films.first(), Films.sequel(), Films.third()));

        double[] third = PRE.extract(Films.third(), history);

        assertThat(feature(PRE, third, "franchise_prior_films")).isEqualTo(2);
        assertThat(feature(PRE, third, "cast_prior_films")).isEqualTo(Math.log1p(2));
    }

    @Test
    void implausible_revenue_is_left_out_of_track_records() {
        Movie unitError = Films.film(5, "Hero 5", LocalDate.of(2001, 1, 1), 5L, 12L);
        FilmHistory history = FilmHistory.of(List.of(unitError));

        assertThat(history.allBefore(LocalDate.of(2010, 1, 1)).films()).isZero();
    }

    @Test
    void post_release_features_are_marked_and_pre_release_has_none() {
        assertThat(FeatureSets.PRE_RELEASE.preReleaseOnly()).isTrue();
        assertThat(FeatureSets.POST_RELEASE.preReleaseOnly()).isFalse();
        assertThat(FeatureSets.find("pre-release", 1).preReleaseOnly()).isTrue();
        assertThat(FeatureSets.find("post-release", 1).preReleaseOnly()).isFalse();
        assertThat(FeatureSets.POST_RELEASE.names()).as("post-release v2 builds on pre-release v2")
                .containsAll(FeatureSets.find("pre-release", 2).names())
                .contains("popularity", "vote_avg", "log_vote_count");
    }

    @Test
    void post_release_v2_adds_pre_release_v2s_records_and_v1_still_loads() {
        FeatureSet v1 = FeatureSets.find("post-release", 1);
        FeatureSet v2 = FeatureSets.POST_RELEASE;

        assertThat(v2.version()).isEqualTo(2);
        assertThat(FeatureSets.find("post-release", 2)).isSameAs(v2);
        assertThat(v2.anchor()).as("post-release models fit no line").isNull();
        assertThat(v1.names()).containsAll(FeatureSets.find("pre-release", 1).names())
                .doesNotContain("log_budget_stated", "writer_prior_films");
        assertThat(v2.names()).containsAll(v1.names());
        FeatureSet pre = FeatureSets.find("pre-release", 2);
        assertThat(v2.names().subList(0, pre.width())).as("pre-release v2, then the audience").isEqualTo(pre.names());
        assertThat(v2.width()).isEqualTo(pre.width() + 6);
    }

    @Test
    void missing_facts_take_the_missing_value_never_nan() {
        Movie bare = Movie.builder(7, "Unknown").build();
        for (FeatureSet set : List.of(FeatureSets.SEED, FeatureSets.PRE_RELEASE, FeatureSets.POST_RELEASE)) {
            double[] row = set.extract(bare, FilmHistory.EMPTY, LocalDate.of(2020, 1, 1));
            for (int i = 0; i < row.length; i++) {
                assertThat(row[i]).as(set.names().get(i)).isEqualTo(set.definitions().get(i).missingValue());
            }
        }
    }
}
