package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoints and JSON mapping, over real HTTP against the fake TMDB serving the trimmed fixtures. */
class TestTmdbClient {
    static final String KEY = "k3y-0f-the-test-5e1c";
    static final String TOKEN = "eyJ.test-read-token.sig";

    private final FakeTmdbServer fake = new FakeTmdbServer(FakeTmdbServer.testFixtures(), KEY, TOKEN)
            .fixture("/movie/550", "movie-details-550-append.json")
            .fixture("/movie/85985", "movie-details-85985-hi.json")
            .fixture("/movie/550/credits", "movie-credits-550.json")
            .fixture("/person/287", "person-287.json")
            .fixture("/configuration", "configuration.json")
            .fixture("/discover/movie", "discover-hi-page1.json")
            .fixture("/search/movie", "discover-hi-page1.json");   // a search answers the same list shape

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void authenticates_with_the_api_key_parameter_when_no_token_is_set() {
        fake.client(KEY, null).person(287);

        FakeTmdbServer.Recorded r = fake.requests().get(0);
        assertThat(r.query()).containsEntry("api_key", KEY);
        assertThat(r.authorization()).isNull();
    }

    @Test
    void authenticates_with_the_bearer_header_and_sends_no_api_key_when_a_token_is_set() {
        fake.client(KEY, TOKEN).person(287);

        FakeTmdbServer.Recorded r = fake.requests().get(0);
        assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(r.query()).doesNotContainKey("api_key");
    }

    @Test
    void maps_fight_club_details_with_appended_credits_and_keywords() {
        Movie m = fake.client(KEY, null).movieDetails(550);

        assertThat(fake.requests().get(0).query()).containsEntry("append_to_response", "credits,keywords");
        assertThat(m.id()).isEqualTo(550);
        assertThat(m.title()).isEqualTo("Fight Club");
        assertThat(m.originalTitle()).isEqualTo("Fight Club");
        assertThat(m.originalLanguage()).isEqualTo("en");
        assertThat(m.releaseDate()).isEqualTo(LocalDate.of(1999, 10, 15));
        assertThat(m.budgetUsd()).isEqualTo(63_000_000L);
        assertThat(m.revenueUsd()).isEqualTo(100_853_753L);
        assertThat(m.runtimeMinutes()).isEqualTo(139.0);
        assertThat(m.popularity()).isEqualTo(24.1745);
        assertThat(m.voteAverage()).isEqualTo(8.438);
        assertThat(m.voteCount()).isEqualTo(30717);
        assertThat(m.genres()).containsExactly("Drama", "Thriller");
        assertThat(m.keywords()).containsExactly("dual identity", "rage and hate", "based on novel or book");
        assertThat(m.productionCompanies()).containsExactly(new Named(711, "Fox 2000 Pictures"),
                new Named(508, "Regency Enterprises"));
        assertThat(m.productionCountries()).containsExactly("DE", "US");
        assertThat(m.spokenLanguages()).containsExactly("en");
        assertThat(m.collection()).isNull();
        assertThat(m.status()).isEqualTo("Released");
        assertThat(m.posterPath()).isEqualTo("/jSziioSwPVrOy9Yow3XhWIBDjq1.jpg");
        assertThat(m.imdbId()).isEqualTo("tt0137523");
        assertThat(m.overview()).startsWith("A ticking-time-bomb insomniac");
        assertThat(m.market()).isEqualTo(Movie.GLOBAL);
        assertThat(m.source()).isEqualTo("tmdb-api");
        assertThat(m.people()).isNull();
        // the fixture lists Brad Pitt before Edward Norton: billing order comes from "order"
        assertThat(m.credits().cast()).containsExactly(
                Credit.cast(819, "Edward Norton", 0, "Narrator", 2, 3.9679),
                Credit.cast(287, "Brad Pitt", 1, "Tyler Durden", 2, 7.616),
                Credit.cast(1283, "Helena Bonham Carter", 2, "Marla Singer", 1, 2.5336));
        assertThat(m.credits().crew()).containsExactly(
                Credit.crew(7468, "Chuck Palahniuk", "Novel", "Writing", 2, 0.7668),
                Credit.crew(7467, "David Fincher", "Director", "Directing", 2, 1.9695));
    }

    @Test
    void maps_a_hindi_film_to_the_hindi_market_with_its_collection() {
        Movie m = fake.client(KEY, null).movieDetails(85985);

        assertThat(m.title()).isEqualTo("Ek Tha Tiger");
        assertThat(m.originalTitle()).isEqualTo("एक था टाइगर");
        assertThat(m.originalLanguage()).isEqualTo("hi");
        assertThat(m.market()).isEqualTo(Movie.HINDI);
        assertThat(m.releaseDate()).isEqualTo(LocalDate.of(2012, 8, 15));
        assertThat(m.budgetUsd()).isEqualTo(12_000_000L);
        assertThat(m.revenueUsd()).isEqualTo(51_000_000L);
        assertThat(m.runtimeMinutes()).isEqualTo(133.0);
        assertThat(m.popularity()).isEqualTo(8.131);
        assertThat(m.voteAverage()).isEqualTo(6.1);
        assertThat(m.voteCount()).isEqualTo(132);
        assertThat(m.genres()).containsExactly("Action", "Romance", "Thriller");
        assertThat(m.productionCompanies()).containsExactly(new Named(1569, "Yash Raj Films"),
                new Named(18078, "Fantastic Films"), new Named(15357, "Prime Focus"));
        assertThat(m.productionCountries()).containsExactly("HK", "IN");
        assertThat(m.spokenLanguages()).containsExactly("hi");
        assertThat(m.collection()).isEqualTo(new Named(485645, "Tiger Collection"));
        assertThat(m.imdbId()).isEqualTo("tt2016894");
        assertThat(m.posterPath()).isEqualTo("/jGTyeAH5KZuCX6Qat1VcTBXnqth.jpg");
        assertThat(m.credits()).as("no credits in the body: unknown, not empty").isNull();
        assertThat(m.keywords()).isEmpty();
    }

    @Test
    void reads_standalone_credits_with_each_persons_popularity() {
        Credits c = fake.client(KEY, null).credits(550);

        assertThat(c.cast()).extracting(Credit::name).containsExactly("Edward Norton", "Brad Pitt");
        assertThat(c.cast().get(0).popularity()).isEqualTo(19.575);
        assertThat(c.crewWithJob("Director")).containsExactly(
                Credit.crew(7467, "David Fincher", "Director", "Directing", 2, 18.146));
    }

    @Test
    void reads_a_person() {
        Person p = fake.client(KEY, null).person(287);

        assertThat(p).isEqualTo(new Person(287, "Brad Pitt", 42.404, "Acting", LocalDate.of(1963, 12, 18), null, 2,
                "Shawnee, Oklahoma, USA", "nm0000093", "/cckcYc2v0yh1tc9QjRelptcOBko.jpg"));
    }

    @Test
    void reads_the_image_configuration_and_builds_poster_urls() {
        TmdbImageConfig images = fake.client(KEY, null).configuration();

        assertThat(images.secureBaseUrl()).isEqualTo("https://image.tmdb.org/t/p/");
        assertThat(images.posterSizes()).containsExactly("w92", "w154", "w185", "w342", "w500", "w780", "original");
        assertThat(images.posterUrl("/f3yZZw7zIsWo6m9xJStfjDauIZX.jpg", "w500"))
                .isEqualTo("https://image.tmdb.org/t/p/w500/f3yZZw7zIsWo6m9xJStfjDauIZX.jpg");
        assertThat(images.posterUrl(null, "w500")).isNull();
    }

    @Test
    void discovers_upcoming_hindi_theatrical_releases_with_the_documented_parameters() {
        DiscoverQuery q = DiscoverQuery.hindiTheatricalInIndia(LocalDate.of(2026, 11, 21), LocalDate.of(2027, 1, 16));
        DiscoverPage page = fake.client(KEY, null).discover(q, 1);

        assertThat(fake.requests().get(0).query()).containsEntry("with_original_language", "hi")
                .containsEntry("region", "IN").containsEntry("release_date.gte", "2026-11-21")
                .containsEntry("release_date.lte", "2027-01-16").containsEntry("with_release_type", "2|3")
                .containsEntry("sort_by", "primary_release_date.asc").containsEntry("page", "1");
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.totalPages()).isEqualTo(1);
        assertThat(page.results()).extracting(MovieSummary::id).containsExactly(656908L, 1308553L, 20453L);
        MovieSummary ramayana = page.results().get(0);
        assertThat(ramayana.title()).isEqualTo("Ramayana");
        assertThat(ramayana.originalTitle()).isEqualTo("रामायण");
        assertThat(ramayana.releaseDate()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(ramayana.popularity()).isCloseTo(49.3859, within(1e-9));
        assertThat(ramayana.voteAverage()).isNull();
        assertThat(ramayana.genreIds()).containsExactly(18, 14, 28);
        assertThat(ramayana.market()).isEqualTo(Movie.HINDI);
    }

    @Test
    void rejects_ids_and_pages_tmdb_would_refuse_before_sending_anything() {
        TmdbClient client = fake.client(KEY, null);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> client.movieDetails(0));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> client.discover(DiscoverQuery.ANY, 501)).withMessageContaining("500");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void searches_titles_without_adult_films_and_maps_the_list() {
        DiscoverPage page = fake.client(KEY, null).searchMovies("  Ramayana ", 1);

        assertThat(fake.requests().get(0).path()).isEqualTo("/3/search/movie");
        assertThat(fake.requests().get(0).query()).containsEntry("query", "Ramayana")
                .containsEntry("include_adult", "false").containsEntry("page", "1");
        assertThat(page.results()).extracting(MovieSummary::id).containsExactly(656908L, 1308553L, 20453L);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> fake.client(KEY, null).searchMovies(" ", 1)).withMessageContaining("title");
    }
}
