package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web UI's pages in a real headless Chromium against the real server: every page loads with no console
 * error, Upcoming shows its cards (and says how to fill an empty list), the models table is the registry,
 * and the pages fit a phone. Each test saves screenshots under target/screenshots/.
 */
class TestWebUiPages extends WebUiFixture {
    @Test
    void every_page_loads_without_console_errors_and_with_its_header_and_footer() {
        Map<String, String> ready = Map.of("/ui/", "li.card", "/ui/predict", "input[name=genres]",
                "/ui/search", "#query", "/ui/models", "#regressors tbody tr");
        Map<String, String> shot = Map.of("/ui/", "upcoming", "/ui/predict", "predict", "/ui/search", "search",
                "/ui/models", "models");
        for (String page : UiRoutes.PAGES.keySet()) {
            open(page);
            browser.await(d -> !browser.all(ready.get(page)).isEmpty());
            browser.await(d -> browser.imagesLoaded());
            assertThat(browser.all("header.site nav a")).extracting(WebElement::getText)
                    .containsExactly("Upcoming", "Predict", "Search", "Models");
            assertThat(browser.one("nav a[aria-current=page]").getAttribute("href")).endsWith(page);
            assertThat(browser.one("footer.site").getText())
                    .contains("This product uses the TMDB API but is not endorsed or certified by TMDB");
            browser.screenshot("page-" + shot.get(page));
            assertThat(browser.consoleErrors()).as(page).isEmpty();
        }
    }

    @Test
    void upcoming_shows_a_card_per_film_newest_release_first_and_refresh_shows_new_ones() {
        open("/ui/");
        browser.await(d -> browser.all("li.card").size() >= 3);
        List<WebElement> cards = browser.all("li.card");
        List<String> dates = cards.stream().map(c -> c.findElement(By.cssSelector("time")).getAttribute("datetime")).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        WebElement noPoster = browser.one("li.card[data-tmdb-id='90003']");
        assertThat(noPoster.findElement(By.tagName("img")).getAttribute("src")).endsWith("/ui/assets/poster-placeholder.svg");
        assertThat(noPoster.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("Poster of Untitled Sequel");
        WebElement first = browser.one("li.card[data-tmdb-id='90002']");
        assertThat(first.findElement(By.cssSelector("img")).getAttribute("src")).endsWith("/test-posters/long-summer.svg");
        assertThat(first.findElement(By.cssSelector(".hit")).getText()).isEqualTo("62%");
        assertThat(first.findElement(By.cssSelector(".model")).getText()).isEqualTo("pre-release.xgboost v1");
        assertThat(browser.one("li.card[data-tmdb-id='90001'] .revenue").getText()).isEqualTo("$110.0M");
        assertThat(browser.one("li.card[data-tmdb-id='90001'] .interval").getText()).isEqualTo("$49.5M – $242.0M");
        browser.await(d -> browser.imagesLoaded());
        browser.screenshot("upcoming");

        int before = cards.size();
        Movie added = Movie.builder(90_100 + before, "Added Later").releaseDate(LocalDate.of(2027, 1, 1))
                .budgetUsd(5_000_000L).runtimeMinutes(90.0).build();
        ui.s.store.upsertMovies(List.of(added));
        ui.s.store.savePrediction(new PredictionRecord(added.id(), "pre-release.xgboost", 1, 9e6, null, null, null,
                Instant.parse("2026-05-31T00:00:00Z")));
        browser.one("#refresh").click();
        browser.await(d -> browser.all("li.card").size() == before + 1);
        assertThat(browser.all("li.card").get(0).getAttribute("data-tmdb-id")).isEqualTo(String.valueOf(added.id()));
        assertThat(browser.one("#empty").isDisplayed()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_empty_store_says_how_to_fill_the_upcoming_list(@TempDir Path other) {
        UiStack empty = UiStack.empty(other);
        try {
            browser.driver.get(empty.http.base() + "/ui/");
            browser.await(d -> browser.one("#empty").isDisplayed());
            assertThat(browser.one("#empty").getText()).contains("boxoffice weekly");
            assertThat(browser.all("li.card")).isEmpty();
            browser.screenshot("upcoming-empty");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            empty.app.stop();
        }
    }

    @Test
    void the_models_table_is_the_registry() {
        open("/ui/models");
        browser.await(d -> !browser.all("#regressors tbody tr[data-name]").isEmpty() && !browser.all(".plot-grid img").isEmpty());
        for (String task : List.of("regression", "classification")) {
            String table = task.equals("regression") ? "#regressors" : "#classifiers";
            List<RegisteredModel> registered = ui.s.registry.list().stream().filter(r -> r.card().task().equals(task)).toList();
            assertThat(browser.all(table + " tbody tr[data-name]")).hasSize(registered.size());
            for (RegisteredModel r : registered) {
                ModelCard c = r.card();
                WebElement row = browser.one(table + " tr[data-name='" + c.name() + "'][data-version='" + c.version() + "']");
                assertThat(row.findElement(By.cssSelector(".stage")).getText()).startsWith(r.stage().name().toLowerCase(Locale.ROOT));
                assertThat(row.getAttribute("class")).isEqualTo(r.stage().name().equals("PRODUCTION") ? "production" : "");
                for (String metric : task.equals("regression") ? List.of("rmse", "r2", "mae") : List.of("auc", "f1")) {
                    assertThat(row.findElement(By.cssSelector("." + metric)).getText()).as(c.name() + " " + metric)
                            .isEqualTo(String.format(Locale.ROOT, "%.3f", c.metrics().get("test").get(metric)));
                }
            }
        }
        assertThat(browser.all(".production")).isNotEmpty();
        assertThat(browser.all(".plot-grid img")).hasSize(ui.http.get("/reports").json().get("reports").get(0).get("plots").size())
                .allMatch(img -> !img.getAttribute("alt").isBlank());
        browser.await(d -> browser.imagesLoaded());
        browser.screenshot("models");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void pages_fit_a_phone_and_start_with_a_skip_link() {
        browser.size(390, 844);
        for (String page : List.of("/ui/", "/ui/predict")) {
            open(page);
            browser.await(d -> !browser.all(page.equals("/ui/") ? "li.card" : "input[name=genres]").isEmpty());
            browser.await(d -> browser.imagesLoaded());
            long overflow = (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as(page).isLessThanOrEqualTo(0);
            browser.screenshot(page.equals("/ui/") ? "upcoming-phone" : "predict-phone");
        }
        browser.one("body").sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
