package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the web UI needs from the API: title search, /config, the training plots, and the pages themselves. */
class TestUiRoutes {
    @TempDir static Path dir;
    static UiStack ui;
    static Http http;

    @BeforeAll
    static void start() {
        ui = UiStack.start(dir);
        http = ui.http;
    }

    @AfterAll
    static void stop() {
        ui.app.stop();
    }

    @Test
    void title_search_finds_stored_films_ignoring_case_up_to_the_limit() {
        JsonNode found = http.get("/movies?query=synthetic%20FEATURE%2012&limit=5").json().get("movies");
        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(found.get(0).get("title").asText()).isEqualTo("Synthetic Feature 12");
        assertThat(found.get(0).get("tmdb_id").asLong()).isEqualTo(12);
        assertThat(http.get("/movies?query=coming").json().get("movies").get(0).get("poster_path").asText())
                .isEqualTo("/coming-soon.svg");
        assertThat(http.get("/movies?query=no%20such%20film").json().get("movies")).isEmpty();
    }

    @Test
    void title_search_refuses_a_missing_query_and_a_bad_limit_naming_the_field() {
        for (String[] bad : new String[][] {{"/movies", "query"}, {"/movies?query=%20", "query"},
                {"/movies?query=a&limit=0", "limit"}, {"/movies?query=a&limit=101", "limit"}, {"/movies?query=a&limit=x", "limit"}}) {
            Http.Answer a = http.get(bad[0]);
            assertThat(a.status()).as(bad[0]).isEqualTo(422);
            assertThat(a.json().get("detail").get(0).get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void config_gives_the_poster_base_and_the_genres_the_api_accepts() {
        JsonNode c = http.get("/config").json();
        assertThat(c.get("poster_base_url").asText()).isEqualTo(UiStack.POSTERS);
        assertThat(c.get("genres")).extracting(JsonNode::asText).contains("Action", "Science Fiction");
    }

    @Test
    void the_plots_train_drew_are_listed_and_served_as_png() {
        JsonNode reports = http.get("/reports").json().get("reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("profile").asText()).isEqualTo("pre-release");
        List<String> names = new ArrayList<>();
        reports.get(0).get("plots").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("predicted_vs_actual.png", "residuals.png", "roc.png", "precision_recall.png");
        Http.Answer png = http.get(reports.get(0).get("plots").get(0).get("url").asText(), "image/png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("content-type")).isEqualTo("image/png");
        assertThat(png.body()).startsWith("\uFFFDPNG");
    }

    @Test
    void no_plot_request_reaches_another_file() {
        for (String path : List.of("/reports/pre-release/plots/..%2F..%2Fboxoffice.db", "/reports/pre-release/plots/%2E%2E",
                "/reports/..%2Fpre-release/plots/roc.png", "/reports/other/plots/roc.png",
                "/reports/pre-release/plots/report.json", "/reports/seed/plots/roc.png",
                "/reports/pre-release/plots/ROC.png")) {
            Http.Answer a = http.get(path, "*/*");
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.body()).as(path).doesNotContain("PNG").doesNotContain("SQLite");
        }
    }

    @Test
    void every_page_is_html_with_the_tmdb_attribution_and_only_local_assets() {
        for (String page : UiRoutes.PAGES.keySet()) {
            Http.Answer a = http.get(page, "text/html");
            assertThat(a.status()).as(page).isEqualTo(200);
            assertThat(a.header("content-type")).startsWith("text/html");
            assertThat(a.body()).contains("This product uses the TMDB API but is not endorsed or certified by TMDB")
                    .doesNotContain("<!-- part:");
            assertThat(a.body().split("aria-current=\"page\"", -1)).as(page).hasSize(2);
            Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(a.body());
            while (m.find()) {
                String asset = m.group(1);
                if (asset.startsWith("#")) continue;   // a link within the page
                assertThat(asset).as(page).startsWith("/");
                assertThat(http.get(asset, "*/*").status()).as(asset).isEqualTo(200);
            }
        }
        assertThat(http.get("/ui/assets/api.js", "*/*").header("content-type")).contains("javascript");
        assertThat(http.get("/ui", "text/html").status()).isEqualTo(200);
        String metrics = http.get("/metrics", "text/plain").body();
        assertThat(metrics).contains("route=\"/ui/predict\"", "route=\"/ui/assets/*\",status=\"200\"")
                .doesNotContain("/ui/assets/api.js");
    }
}
