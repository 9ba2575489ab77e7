package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestDiscoverQuery {

    @Test
    void the_weekly_query_asks_for_hindi_theatrical_releases_in_india_in_date_order() {
        DiscoverQuery q = DiscoverQuery.hindiTheatricalInIndia(LocalDate.of(2026, 11, 21), LocalDate.of(2027, 1, 16));

        assertThat(q.toParameters()).containsExactly(
                java.util.Map.entry("with_original_language", "hi"),
                java.util.Map.entry("region", "IN"),
                java.util.Map.entry("release_date.gte", "2026-11-21"),
                java.util.Map.entry("release_date.lte", "2027-01-16"),
                java.util.Map.entry("with_release_type", "2|3"),
                java.util.Map.entry("sort_by", "primary_release_date.asc"),
                java.util.Map.entry("include_adult", "false"));
    }

    @Test
    void a_year_range_becomes_a_primary_release_window() {
        DiscoverQuery q = DiscoverQuery.releasedInYears(2009, 2012).withOriginalLanguage("HI").withOriginCountry("in");

        assertThat(q.toParameters()).containsEntry("primary_release_date.gte", "2009-01-01")
                .containsEntry("primary_release_date.lte", "2012-12-31")
                .containsEntry("with_original_language", "hi").containsEntry("with_origin_country", "IN")
                .containsEntry("sort_by", "popularity.desc").doesNotContainKey("region");
    }

    @Test
    void rejects_values_tmdb_would_refuse() {
        assertThatIllegalArgumentException().isThrownBy(() -> DiscoverQuery.ANY.withRegion("India"))
                .withMessage("region must be a two-letter ISO code, got India");
        assertThatIllegalArgumentException().isThrownBy(() -> DiscoverQuery.ANY.withSortBy("release_date.desc"))
                .withMessageContaining("sortBy must be one of");
        assertThatIllegalArgumentException().isThrownBy(() -> DiscoverQuery.ANY.withSortBy("popularity"));
        assertThatIllegalArgumentException().isThrownBy(() -> DiscoverQuery.ANY.withReleaseBetween(null, null, "2|7"));
        assertThatIllegalArgumentException().isThrownBy(() -> DiscoverQuery.ANY
                .withPrimaryReleaseBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)))
                .withMessage("primaryReleaseFrom must be <= primaryReleaseTo, got 2027-01-01 > 2026-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> DiscoverQuery.releasedInYears(1500, 2000));
    }
}
