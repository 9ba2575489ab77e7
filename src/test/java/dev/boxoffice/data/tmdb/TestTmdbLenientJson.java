package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Odd JSON from TMDB: nulls, wrong types, zeros and unknown fields read as unknown; unusable bodies are clear errors. */
class TestTmdbLenientJson {
    private static final String KEY = TestTmdbClient.KEY;

    private final FakeTmdbServer fake = new FakeTmdbServer(FakeTmdbServer.testFixtures(), KEY, null)
            .fixture("/movie/550", "movie-details-550-append.json")
            .fixture("/movie/777001", "movie-details-odd.json")
            .fixture("/discover/movie", "discover-odd.json");

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void reads_nulls_wrong_types_and_zeros_as_unknown_and_ignores_unknown_fields() {
        Movie m = fake.client(KEY, null).movieDetails(777001);

        assertThat(m.title()).as("falls back to original_title").isEqualTo("अज्ञात");
        assertThat(m.releaseDate()).isNull();
        assertThat(m.budgetUsd()).isNull();
        assertThat(m.revenueUsd()).isNull();
        assertThat(m.runtimeMinutes()).isNull();
        assertThat(m.popularity()).isNull();
        assertThat(m.voteCount()).isZero();
        assertThat(m.voteAverage()).as("0.0 from zero votes means no rating").isNull();
        assertThat(m.genres()).isEmpty();
        assertThat(m.productionCompanies()).containsExactly(new Named(2, "Real Co"));
        assertThat(m.productionCountries()).isEmpty();
        assertThat(m.spokenLanguages()).containsExactly("hi");
        assertThat(m.collection()).isNull();
        assertThat(m.status()).isNull();
        assertThat(m.overview()).isNull();
        assertThat(m.imdbId()).isNull();
        assertThat(m.market()).isEqualTo(Movie.HINDI);
        assertThat(m.credits().cast()).containsExactly(
                Credit.cast(12, "Top Billed", 0, null, 1, 1.5),
                Credit.cast(11, "Second Billed", 1, null, null, null));
        assertThat(m.credits().crew()).isEmpty();
    }

    @Test
    void skips_list_items_without_id_or_title_and_counts_them() {
        DiscoverPage page = fake.client(KEY, null).discover(DiscoverQuery.ANY, 1);

        assertThat(page.results()).extracting(MovieSummary::id).containsExactly(101L, 102L);
        assertThat(page.skippedResults()).isEqualTo(3);
        assertThat(page.totalPages()).as("missing total: this page is the last").isEqualTo(1);
        assertThat(page.results().get(0).genreIds()).containsExactly(18, 28);
        MovieSummary second = page.results().get(1);
        assertThat(second.title()).isEqualTo("मूल");
        assertThat(second.releaseDate()).isNull();
        assertThat(second.popularity()).isEqualTo(12.5);
        assertThat(second.voteAverage()).isEqualTo(7.0);
    }

    @Test
    void unusable_json_is_a_bad_response_naming_the_endpoint() {
        fake.route("/movie/9", r -> FakeTmdbServer.Reply.json(200, "{\"id\": 9, \"title\": null}"));

        TmdbException e = catchThrowableOfType(TmdbException.class, () -> fake.client(KEY, null).movieDetails(9));

        assertThat(e.kind()).isEqualTo(TmdbException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("/movie/9").contains("title");
        assertThat(fake.count("/movie/9")).as("a well-formed but unusable body is not retried").isEqualTo(1);
    }

    @Test
    void a_details_body_for_another_film_is_rejected() {
        fake.fixture("/movie/551", "movie-details-550-append.json");

        TmdbException e = catchThrowableOfType(TmdbException.class, () -> fake.client(KEY, null).movieDetails(551));

        assertThat(e.kind()).isEqualTo(TmdbException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("asked for movie 551, got movie 550");
    }
}
