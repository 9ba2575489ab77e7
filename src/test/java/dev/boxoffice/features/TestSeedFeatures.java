package dev.boxoffice.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.data.Movie;
import org.junit.jupiter.api.Test;

class TestSeedFeatures {
    @Test
    void seed_features_are_the_reference_four_in_order() {
        assertThat(FeatureSets.SEED.names()).containsExactly("runtime", "popularity", "vote_avg", "log_budget");
    }

    @Test
    void seed_reads_an_unknown_budget_as_zero_like_the_reference() {
        Movie noBudget = Movie.builder(1, "X").runtimeMinutes(90.0).popularity(3.5).voteAverage(6.0).build();

        assertThat(FeatureSets.SEED.extract(noBudget, FilmHistory.EMPTY)).containsExactly(90.0, 3.5, 6.0, 0.0);
    }

    @Test
    void seed_log_budget_is_log1p_of_dollars() {
        Movie m = Movie.builder(1, "X").budgetUsd(237_000_000L).build();

        assertThat(FeatureSets.SEED.extract(m, FilmHistory.EMPTY)[3]).isEqualTo(Math.log1p(237_000_000.0));
    }

    @Test
    void feature_sets_are_found_by_name_and_version_and_unknown_versions_are_refused() {
        assertThat(FeatureSets.find("pre-release", 3)).isSameAs(FeatureSets.PRE_RELEASE);
        assertThat(FeatureSets.find("pre-release", 2).version()).as("models stored with v2 still load").isEqualTo(2);
        assertThat(FeatureSets.find("pre-release", 1).version()).as("models stored with v1 still load").isEqualTo(1);
        assertThatThrownBy(() -> FeatureSets.find("pre-release", 99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pre-release v99");
    }

    @Test
    void profile_names_parse_as_written_on_the_command_line() {
        assertThat(Profile.parse("post-release")).isEqualTo(Profile.POST_RELEASE);
        assertThat(Profile.parse("PRE_RELEASE")).isEqualTo(Profile.PRE_RELEASE);
        assertThatThrownBy(() -> Profile.parse("later")).hasMessageContaining("seed, pre-release, post-release");
    }
}
