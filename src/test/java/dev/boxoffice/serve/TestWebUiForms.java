package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Movie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web UI's forms in a real headless Chromium against the real server: a prediction goes through the form
 * and matches the API, the API's reasons appear beside their fields, and search finds a stored film. Each
 * test saves screenshots under target/screenshots/.
 */
class TestWebUiForms extends WebUiFixture {
    @Test
    void a_prediction_round_trips_through_the_form() {
        open("/ui/predict");
        browser.await(d -> !browser.all("input[name=genres]").isEmpty());
        browser.one("#title").sendKeys("Form Film");
        browser.one("#budget").sendKeys("120000000");
        browser.one("#runtime").sendKeys("124");
        browser.one("#original_language").sendKeys("en");
        browser.script("arguments[0].value = '2026-09-18'", browser.one("#release_date"));
        browser.one("input[value='Action']").click();
        browser.one("input[value='Science Fiction']").sendKeys(Keys.SPACE);   // a checkbox works from the keyboard too
        browser.one("#submit").click();
        WebElement revenue = browser.await(d -> browser.all("#predicted-revenue").isEmpty() ? null : browser.one("#predicted-revenue"));

        JsonNode api = ui.http.post("/predict", "{\"title\": \"Form Film\", \"budget\": 120000000, \"runtime\": 124,"
                + " \"original_language\": \"en\", \"release_date\": \"2026-09-18\", \"genres\": [\"Action\", \"Science Fiction\"]}").json();
        assertThat(Double.parseDouble(revenue.getAttribute("data-usd"))).isEqualTo(api.get("predicted_revenue").asDouble());
        assertThat(browser.one("#hit-probability").getText())
                .isEqualTo(Math.round(api.get("hit_probability").asDouble() * 100) + "%");
        assertThat(browser.one("#model").getText()).startsWith(api.get("model").asText() + " v" + api.get("model_version").asInt());
        assertThat(api.get("top_features").size()).isPositive();
        List<WebElement> bars = browser.all(".bars .bar-row");
        assertThat(bars).hasSize(api.get("top_features").size());
        assertThat(bars.get(0).findElement(By.cssSelector(".feature")).getText())
                .isEqualTo(api.get("top_features").get(0).get("feature").asText());
        assertThat(browser.one("#result").getAttribute("aria-live")).isEqualTo("polite");
        browser.screenshot("predict-result");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_apis_reasons_appear_beside_their_fields() {
        open("/ui/predict");
        browser.await(d -> !browser.all("input[name=genres]").isEmpty());
        browser.one("#budget").sendKeys("-1");
        browser.one("#runtime").sendKeys("120");
        browser.one("#vote_avg").sendKeys("70");
        browser.one("#submit").sendKeys(Keys.ENTER);
        browser.await(d -> !browser.one("#budget-error").getText().isEmpty());

        JsonNode detail = ui.http.post("/predict", "{\"budget\": -1, \"runtime\": 120, \"vote_avg\": 70}").json().get("detail");
        for (JsonNode d : detail) {
            String field = d.get("field").asText();
            assertThat(browser.one("#" + field + "-error").getText()).as(field).isEqualTo(d.get("message").asText());
            assertThat(browser.one("#" + field).getAttribute("aria-invalid")).isEqualTo("true");
        }
        assertThat(detail).extracting(d -> d.get("field").asText()).containsExactlyInAnyOrder("budget", "vote_avg");
        assertThat(browser.one("#runtime-error").getText()).isEmpty();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("budget");
        assertThat(browser.one("#result").isDisplayed()).isFalse();
        browser.screenshot("predict-validation");
        // the refused request is the one console error: proof the log is read, so "no errors" elsewhere means something
        assertThat(browser.consoleErrors()).isNotEmpty().allMatch(m -> m.contains("/predict") && m.contains("422"));
    }

    @Test
    void search_finds_a_stored_film_and_shows_actual_against_predicted() {
        open("/ui/search");
        browser.one("#query").sendKeys("synthetic feature 12");
        browser.await(d -> !browser.all("button.match").isEmpty());
        WebElement first = browser.all("button.match").get(0);
        assertThat(first.getText()).startsWith("Synthetic Feature 12");
        first.sendKeys(Keys.ENTER);
        browser.await(d -> !browser.all("#film-title").isEmpty() && browser.one("#film-title").getText().equals("Synthetic Feature 12"));
        Movie film = ServeStore.FILMS.get((int) UiStack.RELEASED_WITH_PREDICTION - 1);
        assertThat(browser.one("#film").getText()).contains("Stored prediction").contains("pre-release.xgboost v1");
        assertThat(browser.one("#film-predicted").getText()).isEqualTo("$42.0M");
        assertThat(browser.one("#actual-vs-predicted").getText()).startsWith("Actual $").contains("against predicted $42.0M");
        assertThat(film.revenueUsd()).isNotNull();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("film-title");
        browser.await(d -> browser.imagesLoaded());
        browser.screenshot("search-film");

        browser.one("#query").clear();
        browser.one("#query").sendKeys("Synthetic Feature 13", Keys.ENTER);
        browser.await(d -> !browser.all("button.match").isEmpty() && browser.all("button.match").get(0).getText().startsWith("Synthetic Feature 13"));
        browser.all("button.match").get(0).click();
        browser.await(d -> !browser.all("#film-title").isEmpty() && browser.one("#film-title").getText().equals("Synthetic Feature 13")
                && !browser.all("#film-predicted").isEmpty());
        assertThat(browser.one("#film").getText()).contains("Predicted now from these facts");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
