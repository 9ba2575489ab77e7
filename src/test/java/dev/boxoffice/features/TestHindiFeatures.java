package dev.boxoffice.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.PeopleSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Hindi feature sets. Expected logs were computed once with NumPy (np.log1p). */
class TestHindiFeatures {
    private static final FilmHistory NO_HISTORY = FilmHistory.of(List.of());

    private static final Movie DANGAL = Movie.builder(360814, "Dangal").originalLanguage("hi")
            .releaseDate(LocalDate.of(2016, 12, 21)).budgetUsd(10_400_000L).revenueUsd(311_000_000L)
            .popularity(26.566).people(new PeopleSummary(96.753, 79.887, true)).market(Movie.HINDI).build();

    private static final Movie UNKNOWN = Movie.builder(5001, "Nothing Known").originalLanguage("hi")
            .releaseDate(LocalDate.of(2021, 3, 5)).market(Movie.HINDI).build();

    @Test
    void reference_set_has_the_reference_names_and_raw_values() {
        FeatureSet set = FeatureSets.HINDI_REFERENCE;

        assertThat(set.names()).containsExactly("log_budget", "popularity", "cast_popularity", "crew_popularity",
                "star_present");
        assertThat(set.extract(DANGAL, NO_HISTORY))
                .containsExactly(new double[] {16.15731646026544, 26.566, 96.753, 79.887, 1.0}, within(1e-12));
    }

    @Test
    void reference_set_reads_unknowns_as_zero_like_the_reference_export() {
        assertThat(FeatureSets.HINDI_REFERENCE.extract(UNKNOWN, NO_HISTORY)).containsOnly(0.0);
    }

    @Test
    void hindi_set_logs_the_facts_and_adds_the_budget_excess_over_10k() {
        FeatureSet set = FeatureSets.HINDI;

        assertThat(set.names()).containsExactly("log_budget", "log_popularity", "log_cast_popularity",
                "log_crew_popularity", "star_present", "log_budget_over_10k");
        assertThat(set.extract(DANGAL, NO_HISTORY)).containsExactly(new double[] {16.15731646026544,
                3.316583129272247, 4.582443888931615, 4.393053118939461, 1.0, 6.946876093288925}, within(1e-12));
    }

    @Test
    void a_unit_error_budget_has_no_excess_over_10k() {
        Movie unitError = DANGAL.toBuilder().budgetUsd(5L).build();

        double[] x = FeatureSets.HINDI.extract(unitError, NO_HISTORY);

        assertThat(x[0]).isCloseTo(1.791759469228055, within(1e-12));
        assertThat(x[5]).isZero();
    }

    @Test
    void hindi_set_scores_a_film_with_unknown_facts_as_the_typical_hindi_film() {
        double[] x = FeatureSets.HINDI.extract(UNKNOWN, NO_HISTORY, LocalDate.of(2021, 1, 1));

        // medians of the 295 films with budget and revenue; the excess is the median budget's own
        assertThat(x).containsExactly(new double[] {15.176487, 2.041480, 4.227943, 3.789426, 0.0,
                15.176487 - 9.210440366976517}, within(1e-6));
    }

    @Test
    void the_sets_are_registered_under_market_profiles_and_found_by_name() {
        assertThat(FeatureSets.find("hindi", 1)).isSameAs(FeatureSets.HINDI);
        assertThat(FeatureSets.find("hindi-reference", 1)).isSameAs(FeatureSets.HINDI_REFERENCE);
        assertThat(FeatureSets.forProfile(Profile.parse("hindi"))).isSameAs(FeatureSets.HINDI);
        assertThat(Profile.HINDI.market()).isEqualTo(Movie.HINDI);
        assertThat(Profile.HINDI_REFERENCE.market()).isEqualTo(Movie.HINDI);
        assertThat(Profile.POST_RELEASE.market()).isNull();
    }

    @Test
    void popularity_features_are_not_marked_as_known_before_release() {
        assertThat(FeatureSets.HINDI.preReleaseOnly()).isFalse();
        assertThat(FeatureSets.HINDI.definitions().stream().filter(d -> d.knownBeforeRelease()).map(d -> d.name()))
                .containsExactly("log_budget", "star_present", "log_budget_over_10k");
    }
}
