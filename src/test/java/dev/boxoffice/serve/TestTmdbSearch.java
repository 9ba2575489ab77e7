package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.tmdb.RetryPolicy;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's search of TMDB itself, against a fake TMDB on 127.0.0.1 serving recorded answers. */
class TestTmdbSearch {
    static final String TIGER = "{\"page\":1,\"total_pages\":1,\"total_results\":1,\"results\":[{\"id\":85985,"
            + "\"title\":\"Ek Tha Tiger\",\"original_title\":\"Ek Tha Tiger\",\"original_language\":\"hi\","
            + "\"release_date\":\"2012-08-15\",\"poster_path\":\"/jGTyeAH5KZuCX6Qat1VcTBXnqth.jpg\",\"popularity\":9.5,"
            + "\"vote_average\":6.2,\"vote_count\":210,\"genre_ids\":[28,53],\"adult\":false}]}";
    @TempDir static Path dir;
    static Javalin fakeTmdb;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        fakeTmdb = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/3/search/movie", ctx -> ctx.contentType("application/json").result("tiger".equals(ctx.queryParam("query"))
                        ? TIGER.getBytes(java.nio.charset.StandardCharsets.UTF_8) : fixture("discover-hi-page1.json")))
                .get("/3/movie/85985", ctx -> ctx.contentType("application/json").result(fixture("movie-details-85985-hi.json")))
                .get("/3/movie/{id}", ctx -> ctx.status(404).contentType("application/json")
                        .result("{\"success\":false,\"status_code\":34,\"status_message\":\"The resource you requested could not be found.\"}"))
                .start("127.0.0.1", 0);
        ServeStore s = ServeStore.empty(dir);
        // posters from a closed port: they fail at once, as TMDB's do with no internet, and the placeholder must show
        app = ApiServer.create(ServeConfig.defaults().withPort(0).withPosterBaseUrl("http://127.0.0.1:9"), s.store, s.registry, ServeStore.CLOCK,
                client("http://127.0.0.1:" + fakeTmdb.port() + "/3")).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        fakeTmdb.stop();
    }

    static TmdbClient client(String baseUrl) {
        return new TmdbClient(TmdbConfig.of(baseUrl, "test-key", null)
                .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1))));
    }

    private static byte[] fixture(String name) {
        try (InputStream in = TestTmdbSearch.class.getResourceAsStream("/tmdb/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void config_says_tmdb_search_is_available() {
        assertThat(http.get("/config").json().get("tmdb_search").asBoolean()).isTrue();
    }

    @Test
    void a_title_search_lists_tmdbs_films_with_their_posters() {
        JsonNode movies = http.get("/tmdb/search?query=ramayana").json().get("movies");
        assertThat(movies).extracting(m -> m.get("tmdb_id").asLong()).containsExactly(656908L, 1308553L, 20453L);
        assertThat(movies.get(0).get("title").asText()).isEqualTo("Ramayana");
        assertThat(movies.get(0).has("poster_path")).isTrue();
        assertThat(http.get("/tmdb/search").status()).isEqualTo(422);
    }

    @Test
    void a_tmdb_film_has_its_facts_and_an_unknown_one_is_404() {
        JsonNode film = http.get("/tmdb/movies/85985").json();
        assertThat(film.get("tmdb_id").asLong()).isEqualTo(85985);
        assertThat(film.get("facts").get("original_language").asText()).isEqualTo("hi");
        assertThat(film.get("latest_prediction").isNull()).isTrue();
        Http.Answer unknown = http.get("/tmdb/movies/1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").get(0).get("field").asText()).isEqualTo("tmdbId");
    }

    @Test
    void without_credentials_or_with_tmdb_down_the_answer_is_503_naming_tmdb(@TempDir Path other) {
        ServeStore s = ServeStore.empty(other);
        Javalin none = ApiServer.create(ServeConfig.defaults().withPort(0), s.store, s.registry, ServeStore.CLOCK)
                .start("127.0.0.1", 0);
        Javalin down = ApiServer.create(ServeConfig.defaults().withPort(0), s.store, s.registry, ServeStore.CLOCK,
                client("http://127.0.0.1:9/3")).start("127.0.0.1", 0);
        try {
            Http noKey = new Http(none.port());
            assertThat(noKey.get("/config").json().get("tmdb_search").asBoolean()).isFalse();
            for (Http h : new Http[] {noKey, new Http(down.port())}) {
                Http.Answer a = h.get("/tmdb/search?query=x");
                assertThat(a.status()).isEqualTo(503);
                assertThat(a.json().get("detail").get(0).get("field").asText()).isEqualTo("tmdb");
                assertThat(a.body()).doesNotContain("test-key");
            }
        } finally {
            none.stop();
            down.stop();
        }
    }

    @Test
    void the_search_page_lists_tmdb_films_and_shows_one_with_the_placeholder_when_its_poster_fails() {
        try (Browser browser = Browser.open()) {
            browser.driver.get(http.base() + "/ui/search");
            browser.one("#query").sendKeys("tiger");
            browser.await(d -> !browser.all("button.match[data-source=tmdb]").isEmpty());
            org.openqa.selenium.WebElement match = browser.one("button.match[data-source=tmdb]");
            assertThat(match.getText()).startsWith("Ek Tha Tiger (2012)").endsWith("TMDB");
            assertThat(browser.one("#search-status").getText()).contains("1 more on TMDB");
            match.sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.await(d -> !browser.all("#film-title").isEmpty() && browser.one("#film-title").getText().equals("Ek Tha Tiger"));
            assertThat(browser.one("#film").getText()).contains("Budget").contains("$12.0M").contains("hi");
            browser.await(d -> browser.one("#film img.poster").getAttribute("src").endsWith("/ui/assets/poster-placeholder.svg"));
            assertThat(browser.one("#film img.poster").getAttribute("alt")).isEqualTo("Poster of Ek Tha Tiger");
            browser.screenshot("search-tmdb");
            // the only errors: the poster that could not load, and /predict with no model in this store
            assertThat(browser.consoleErrors()).allMatch(m -> m.contains("127.0.0.1:9/") || m.contains("/predict"));
        }
    }
}
