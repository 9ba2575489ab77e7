package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Movie;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.PredictionRecord;
import dev.boxoffice.store.RegisteredModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web UI in a real headless Chromium against the real server: every page loads clean, a prediction goes
 * through the form, the API's reasons appear beside their fields, search finds a stored film, and the models
 * table is the registry. Each test saves screenshots under target/screenshots/.
 */
class TestWebUi {
    @TempDir static Path dir;
    static UiStack ui;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.open();
        ui = UiStack.start(dir);
    }

    @AfterAll
    static void stop() {
        if (ui != null) ui.app.stop();
        if (browser != null) browser.close();
    }

    @BeforeEach
    void forget_earlier_console_messages() {
        browser.size(1200, 900);
        browser.consoleErrors();
    }

    private void open(String page) {
        browser.driver.get(ui.http.base() + page);
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private WebElement one(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, args);
    }

    private boolean imagesLoaded() {
        return (Boolean) script("return [...document.images].every(i => i.complete && i.naturalWidth > 0)");
    }

    @Test
    void every_page_loads_without_console_errors_and_with_its_header_and_footer() {
        Map<String, String> ready = Map.of("/ui/", "li.card", "/ui/predict", "input[name=genres]",
                "/ui/search", "#query", "/ui/models", "#regressors tbody tr");
        Map<String, String> shot = Map.of("/ui/", "upcoming", "/ui/predict", "predict", "/ui/search", "search",
                "/ui/models", "models");
        for (String page : UiRoutes.PAGES.keySet()) {
            open(page);
            browser.await(d -> !all(ready.get(page)).isEmpty());
            browser.await(d -> imagesLoaded());
            assertThat(all("header.site nav a")).extracting(WebElement::getText)
                    .containsExactly("Upcoming", "Predict", "Search", "Models");
            assertThat(one("nav a[aria-current=page]").getAttribute("href")).endsWith(page);
            assertThat(one("footer.site").getText())
                    .contains("This product uses the TMDB API but is not endorsed or certified by TMDB");
            browser.screenshot("page-" + shot.get(page));
            assertThat(browser.consoleErrors()).as(page).isEmpty();
        }
    }

    @Test
    void upcoming_shows_a_card_per_film_newest_release_first_and_refresh_shows_new_ones() {
        open("/ui/");
        browser.await(d -> all("li.card").size() >= 3);
        List<WebElement> cards = all("li.card");
        List<String> dates = cards.stream().map(c -> c.findElement(By.cssSelector("time")).getAttribute("datetime")).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        WebElement noPoster = one("li.card[data-tmdb-id='90003']");
        assertThat(noPoster.findElement(By.tagName("img")).getAttribute("src")).endsWith("/ui/assets/poster-placeholder.svg");
        assertThat(noPoster.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("Poster of Untitled Sequel");
        WebElement first = one("li.card[data-tmdb-id='90002']");
        assertThat(first.findElement(By.cssSelector("img")).getAttribute("src")).endsWith("/test-posters/long-summer.svg");
        assertThat(first.findElement(By.cssSelector(".hit")).getText()).isEqualTo("62%");
        assertThat(first.findElement(By.cssSelector(".model")).getText()).isEqualTo("pre-release.xgboost v1");
        assertThat(one("li.card[data-tmdb-id='90001'] .revenue").getText()).isEqualTo("$110.0M");
        assertThat(one("li.card[data-tmdb-id='90001'] .interval").getText()).isEqualTo("$49.5M – $242.0M");
        browser.await(d -> imagesLoaded());
        browser.screenshot("upcoming");

        int before = cards.size();
        Movie added = Movie.builder(90_100 + before, "Added Later").releaseDate(LocalDate.of(2027, 1, 1))
                .budgetUsd(5_000_000L).runtimeMinutes(90.0).build();
        ui.s.store.upsertMovies(List.of(added));
        ui.s.store.savePrediction(new PredictionRecord(added.id(), "pre-release.xgboost", 1, 9e6, null, null, null,
                Instant.parse("2026-05-31T00:00:00Z")));
        one("#refresh").click();
        browser.await(d -> all("li.card").size() == before + 1);
        assertThat(all("li.card").get(0).getAttribute("data-tmdb-id")).isEqualTo(String.valueOf(added.id()));
        assertThat(one("#empty").isDisplayed()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_empty_store_says_how_to_fill_the_upcoming_list(@TempDir Path other) {
        UiStack empty = UiStack.empty(other);
        try {
            browser.driver.get(empty.http.base() + "/ui/");
            browser.await(d -> one("#empty").isDisplayed());
            assertThat(one("#empty").getText()).contains("boxoffice weekly");
            assertThat(all("li.card")).isEmpty();
            browser.screenshot("upcoming-empty");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            empty.app.stop();
        }
    }

    @Test
    void a_prediction_round_trips_through_the_form() {
        open("/ui/predict");
        browser.await(d -> !all("input[name=genres]").isEmpty());
        one("#title").sendKeys("Form Film");
        one("#budget").sendKeys("120000000");
        one("#runtime").sendKeys("124");
        one("#original_language").sendKeys("en");
        script("arguments[0].value = '2026-09-18'", one("#release_date"));
        one("input[value='Action']").click();
        one("input[value='Science Fiction']").sendKeys(Keys.SPACE);   // a checkbox works from the keyboard too
        one("#submit").click();
        WebElement revenue = browser.await(d -> all("#predicted-revenue").isEmpty() ? null : one("#predicted-revenue"));

        JsonNode api = ui.http.post("/predict", "{\"title\": \"Form Film\", \"budget\": 120000000, \"runtime\": 124,"
                + " \"original_language\": \"en\", \"release_date\": \"2026-09-18\", \"genres\": [\"Action\", \"Science Fiction\"]}").json();
        assertThat(Double.parseDouble(revenue.getAttribute("data-usd"))).isEqualTo(api.get("predicted_revenue").asDouble());
        assertThat(one("#hit-probability").getText())
                .isEqualTo(Math.round(api.get("hit_probability").asDouble() * 100) + "%");
        assertThat(one("#model").getText()).startsWith(api.get("model").asText() + " v" + api.get("model_version").asInt());
        assertThat(api.get("top_features").size()).isPositive();
        List<WebElement> bars = all(".bars .bar-row");
        assertThat(bars).hasSize(api.get("top_features").size());
        assertThat(bars.get(0).findElement(By.cssSelector(".feature")).getText())
                .isEqualTo(api.get("top_features").get(0).get("feature").asText());
        assertThat(one("#result").getAttribute("aria-live")).isEqualTo("polite");
        browser.screenshot("predict-result");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_apis_reasons_appear_beside_their_fields() {
        open("/ui/predict");
        browser.await(d -> !all("input[name=genres]").isEmpty());
        one("#budget").sendKeys("-1");
        one("#runtime").sendKeys("120");
        one("#vote_avg").sendKeys("70");
        one("#submit").sendKeys(Keys.ENTER);
        browser.await(d -> !one("#budget-error").getText().isEmpty());

        JsonNode detail = ui.http.post("/predict", "{\"budget\": -1, \"runtime\": 120, \"vote_avg\": 70}").json().get("detail");
        for (JsonNode d : detail) {
            String field = d.get("field").asText();
            assertThat(one("#" + field + "-error").getText()).as(field).isEqualTo(d.get("message").asText());
            assertThat(one("#" + field).getAttribute("aria-invalid")).isEqualTo("true");
        }
        assertThat(detail).extracting(d -> d.get("field").asText()).containsExactlyInAnyOrder("budget", "vote_avg");
        assertThat(one("#runtime-error").getText()).isEmpty();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("budget");
        assertThat(one("#result").isDisplayed()).isFalse();
        browser.screenshot("predict-validation");
        // the refused request is the one console error: proof the log is read, so "no errors" elsewhere means something
        assertThat(browser.consoleErrors()).isNotEmpty().allMatch(m -> m.contains("/predict") && m.contains("422"));
    }

    @Test
    void search_finds_a_stored_film_and_shows_actual_against_predicted() {
        open("/ui/search");
        one("#query").sendKeys("synthetic feature 12");
        browser.await(d -> !all("button.match").isEmpty());
        WebElement first = all("button.match").get(0);
        assertThat(first.getText()).startsWith("Synthetic Feature 12");
        first.sendKeys(Keys.ENTER);
        browser.await(d -> !all("#film-title").isEmpty() && one("#film-title").getText().equals("Synthetic Feature 12"));
        Movie film = ServeStore.FILMS.get((int) UiStack.RELEASED_WITH_PREDICTION - 1);
        assertThat(one("#film").getText()).contains("Stored prediction").contains("pre-release.xgboost v1");
        assertThat(one("#film-predicted").getText()).isEqualTo("$42.0M");
        assertThat(one("#actual-vs-predicted").getText()).startsWith("Actual $").contains("against predicted $42.0M");
        assertThat(film.revenueUsd()).isNotNull();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("film-title");
        browser.await(d -> imagesLoaded());
        browser.screenshot("search-film");

        one("#query").clear();
        one("#query").sendKeys("Synthetic Feature 13", Keys.ENTER);
        browser.await(d -> !all("button.match").isEmpty() && all("button.match").get(0).getText().startsWith("Synthetic Feature 13"));
        all("button.match").get(0).click();
        browser.await(d -> !all("#film-title").isEmpty() && one("#film-title").getText().equals("Synthetic Feature 13")
                && !all("#film-predicted").isEmpty());
        assertThat(one("#film").getText()).contains("Predicted now from the stored facts");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_models_table_is_the_registry() {
        open("/ui/models");
        browser.await(d -> !all("#regressors tbody tr[data-name]").isEmpty() && !all(".plot-grid img").isEmpty());
        for (String task : List.of("regression", "classification")) {
            String table = task.equals("regression") ? "#regressors" : "#classifiers";
            List<RegisteredModel> registered = ui.s.registry.list().stream().filter(r -> r.card().task().equals(task)).toList();
            assertThat(all(table + " tbody tr[data-name]")).hasSize(registered.size());
            for (RegisteredModel r : registered) {
                ModelCard c = r.card();
                WebElement row = one(table + " tr[data-name='" + c.name() + "'][data-version='" + c.version() + "']");
                assertThat(row.findElement(By.cssSelector(".stage")).getText()).startsWith(r.stage().name().toLowerCase(Locale.ROOT));
                assertThat(row.getAttribute("class")).isEqualTo(r.stage().name().equals("PRODUCTION") ? "production" : "");
                for (String metric : task.equals("regression") ? List.of("rmse", "r2", "mae") : List.of("auc", "f1")) {
                    assertThat(row.findElement(By.cssSelector("." + metric)).getText()).as(c.name() + " " + metric)
                            .isEqualTo(String.format(Locale.ROOT, "%.3f", c.metrics().get("test").get(metric)));
                }
            }
        }
        assertThat(all(".production")).isNotEmpty();
        assertThat(all(".plot-grid img")).hasSize(ui.http.get("/reports").json().get("reports").get(0).get("plots").size())
                .allMatch(img -> !img.getAttribute("alt").isBlank());
        browser.await(d -> imagesLoaded());
        browser.screenshot("models");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void pages_fit_a_phone_and_start_with_a_skip_link() {
        browser.size(390, 844);
        for (String page : List.of("/ui/", "/ui/predict")) {
            open(page);
            browser.await(d -> !all(page.equals("/ui/") ? "li.card" : "input[name=genres]").isEmpty());
            browser.await(d -> imagesLoaded());
            long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as(page).isLessThanOrEqualTo(0);
            browser.screenshot(page.equals("/ui/") ? "upcoming-phone" : "predict-phone");
        }
        one("body").sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
