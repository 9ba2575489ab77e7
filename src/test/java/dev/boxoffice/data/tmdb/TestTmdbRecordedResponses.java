package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the real TMDB bodies of the shared fixture folder (env {@code BOXOFFICE_TMDB_FIXTURES}, e.g.
 * {@code ../shared/fixtures/tmdb-api}) through the fake server and checks the mapping with exact values.
 * Skipped when the variable is unset.
 */
class TestTmdbRecordedResponses {
    static final String ENV = "BOXOFFICE_TMDB_FIXTURES";
    private static final String KEY = TestTmdbClient.KEY;

    private FakeTmdbServer fake;
    private TmdbClient client;

    @BeforeEach
    void start() {
        String dir = System.getenv(ENV);
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                ENV + " is not set: set it to the shared TMDB API samples (e.g. ../shared/fixtures/tmdb-api) to run these tests");
        Path fixtures = Path.of(dir).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(fixtures.resolve("movie-details-550-append.json")),
                ENV + "=" + fixtures + " has no movie-details-550-append.json");
        fake = new FakeTmdbServer(fixtures, KEY, null);
        ManualTime time = new ManualTime();
        client = new TmdbClient(TmdbConfig.of(fake.baseUrl(), KEY, null).withRequestsPerSecond(1000)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30))),
                time, time, () -> 0.5);
    }

    @AfterEach
    void stop() {
        if (fake != null) fake.close();
    }

    @Test
    void fight_club_with_appended_credits_maps_exactly() {
        fake.fixture("/movie/550", "movie-details-550-append.json");

        Movie m = client.movieDetails(550);

        assertThat(m.title()).isEqualTo("Fight Club");
        assertThat(m.releaseDate()).isEqualTo(LocalDate.of(1999, 10, 15));
        assertThat(m.budgetUsd()).isEqualTo(63_000_000L);
        assertThat(m.revenueUsd()).isEqualTo(100_853_753L);
        assertThat(m.runtimeMinutes()).isEqualTo(139.0);
        assertThat(m.popularity()).isEqualTo(24.1745);
        assertThat(m.voteAverage()).isEqualTo(8.438);
        assertThat(m.voteCount()).isEqualTo(30717);
        assertThat(m.genres()).containsExactly("Drama", "Thriller");
        assertThat(m.keywords()).hasSize(14).startsWith("dual identity").endsWith("self destructiveness");
        assertThat(m.productionCompanies()).containsExactly(new Named(711, "Fox 2000 Pictures"),
                new Named(508, "Regency Enterprises"), new Named(4700, "Linson Entertainment"),
                new Named(25, "20th Century Fox"), new Named(20555, "Taurus Film"));
        assertThat(m.productionCountries()).containsExactly("DE", "US");
        assertThat(m.spokenLanguages()).containsExactly("en");
        assertThat(m.collection()).isNull();
        assertThat(m.status()).isEqualTo("Released");
        assertThat(m.posterPath()).isEqualTo("/jSziioSwPVrOy9Yow3XhWIBDjq1.jpg");
        assertThat(m.imdbId()).isEqualTo("tt0137523");
        assertThat(m.market()).isEqualTo(Movie.GLOBAL);
        assertThat(m.source()).isEqualTo("tmdb-api");
        Credits c = m.credits();
        assertThat(c.cast()).hasSize(75);
        assertThat(c.crew()).hasSize(188);
        assertThat(c.cast().get(0)).isEqualTo(Credit.cast(819, "Edward Norton", 0, "Narrator", 2, 3.9679));
        assertThat(c.cast()).extracting(Credit::castOrder).isSorted();
        assertThat(c.cast().stream().mapToDouble(Credit::popularity).sum()).isCloseTo(47.1876, within(1e-9));
        assertThat(c.crew().stream().mapToDouble(Credit::popularity).sum()).isCloseTo(44.5513, within(1e-9));
        assertThat(c.crewWithJob("Director")).containsExactly(
                Credit.crew(7467, "David Fincher", "Director", "Directing", 2, 1.9695));
    }

    @Test
    void ek_tha_tiger_maps_to_the_hindi_market() {
        fake.fixture("/movie/85985", "movie-details-85985-hi.json");

        Movie m = client.movieDetails(85985);

        assertThat(m.title()).isEqualTo("Ek Tha Tiger");
        assertThat(m.originalTitle()).isEqualTo("एक था टाइगर");
        assertThat(m.market()).isEqualTo(Movie.HINDI);
        assertThat(m.budgetUsd()).isEqualTo(12_000_000L);
        assertThat(m.revenueUsd()).isEqualTo(51_000_000L);
        assertThat(m.runtimeMinutes()).isEqualTo(133.0);
        assertThat(m.productionCountries()).containsExactly("HK", "IN", "IE", "TR");
        assertThat(m.collection()).isEqualTo(new Named(485645, "Tiger Collection"));
        assertThat(m.credits()).isNull();
    }

    @Test
    void three_idiots_and_alien_map_their_money_collections_and_languages() {
        fake.fixture("/movie/20453", "movie-details-20453-hi.json").fixture("/movie/348", "movie-details-348.json");

        Movie idiots = client.movieDetails(20453);
        Movie alien = client.movieDetails(348);

        assertThat(idiots.market()).isEqualTo(Movie.HINDI);
        assertThat(idiots.budgetUsd()).isEqualTo(9_000_000L);
        assertThat(idiots.revenueUsd()).isEqualTo(70_000_000L);
        assertThat(idiots.runtimeMinutes()).isEqualTo(170.0);
        assertThat(idiots.productionCompanies()).containsExactly(new Named(3781, "Vidhu Vinod Chopra Productions"),
                new Named(44164, "Vinod Chopra Films"));
        assertThat(idiots.collection()).isNull();
        assertThat(alien.market()).isEqualTo(Movie.GLOBAL);
        assertThat(alien.collection()).isEqualTo(new Named(8091, "Alien Collection"));
        assertThat(alien.spokenLanguages()).containsExactly("en", "es");
        assertThat(alien.genres()).containsExactly("Horror", "Science Fiction");
        assertThat(alien.budgetUsd()).isEqualTo(11_000_000L);
        assertThat(alien.revenueUsd()).isEqualTo(104_931_801L);
    }

    @Test
    void standalone_credits_person_and_configuration_map() {
        fake.fixture("/movie/550/credits", "movie-credits-550.json").fixture("/person/287", "person-287.json")
                .fixture("/configuration", "configuration.json");

        Credits credits = client.credits(550);
        Person pitt = client.person(287);
        TmdbImageConfig images = client.configuration();

        assertThat(credits.cast()).hasSize(76);
        assertThat(credits.crew()).hasSize(187);
        assertThat(credits.cast().get(0).popularity()).isEqualTo(19.575);
        assertThat(pitt).isEqualTo(new Person(287, "Brad Pitt", 42.404, "Acting", LocalDate.of(1963, 12, 18), null, 2,
                "Shawnee, Oklahoma, USA", "nm0000093", "/cckcYc2v0yh1tc9QjRelptcOBko.jpg"));
        assertThat(images.posterUrl("/f3yZZw7zIsWo6m9xJStfjDauIZX.jpg", "w500"))
                .isEqualTo("https://image.tmdb.org/t/p/w500/f3yZZw7zIsWo6m9xJStfjDauIZX.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"discover-hi.json", "discover-movie-default.json", "upcoming.json",
            "upcoming-2024-02.json", "movie-popular-2024-02.json"})
    void every_recorded_list_page_reads_all_twenty_items(String file) {
        fake.fixture("/discover/movie", file);

        DiscoverPage page = client.discover(DiscoverQuery.ANY, 1);

        assertThat(page.results()).hasSize(20);
        assertThat(page.skippedResults()).isZero();
        assertThat(page.results()).allSatisfy(m -> assertThat(m.title()).isNotBlank());
    }

    @Test
    void the_default_discover_total_of_38020_pages_is_walked_only_to_max_pages() {
        fake.fixture("/discover/movie", "discover-movie-default.json");

        DiscoverResults all = client.discoverAll(DiscoverQuery.ANY, 3);

        assertThat(all.totalPages()).isEqualTo(38_020);
        assertThat(all.pagesFetched()).isEqualTo(3);
        assertThat(all.movies()).as("the same page three times, deduplicated").hasSize(20);
        assertThat(all.complete()).isFalse();
    }

    @Test
    void the_recorded_error_bodies_become_clear_errors() {
        fake.route("/movie/1", r -> FakeTmdbServer.Reply.json(401, fake.read("error-401.json")))
                .route("/movie/2", r -> FakeTmdbServer.Reply.json(404, fake.read("error-404.json")))
                .route("/movie/0", r -> FakeTmdbServer.Reply.json(404, fake.read("error-404-invalid-id.json")))
                .route("/movie/3", r -> FakeTmdbServer.Reply.json(429, fake.read("error-429.json")));

        TmdbException unauthorized = catchThrowableOfType(TmdbException.class, () -> client.movieDetails(1));
        TmdbException missing = catchThrowableOfType(TmdbException.class, () -> client.movieDetails(2));
        TmdbException limited = catchThrowableOfType(TmdbException.class, () -> client.movieDetails(3));

        assertThat(unauthorized.kind()).isEqualTo(TmdbException.Kind.UNAUTHORIZED);
        assertThat(unauthorized.getMessage()).contains("TMDB status 7: Invalid API key: You must be granted a valid key.");
        assertThat(missing.kind()).isEqualTo(TmdbException.Kind.NOT_FOUND);
        assertThat(missing.getMessage()).contains("TMDB has no movie 2").contains("TMDB status 34");
        assertThat(limited.kind()).isEqualTo(TmdbException.Kind.RATE_LIMITED);
        assertThat(limited.attempts()).isEqualTo(3);
        assertThat(fake.count("/movie/1")).isEqualTo(1);
    }
}
