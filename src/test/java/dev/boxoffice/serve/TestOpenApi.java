package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document matches the routes, and /docs and /redoc work with no internet. */
class TestOpenApi {
    @TempDir static Path dir;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app = ServeStore.empty(dir).start();
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_exists() {
        JsonNode spec = http.get("/openapi.json").json();
        assertThat(spec.get("openapi").asText()).startsWith("3.0");
        List<String> documented = new ArrayList<>();
        for (Iterator<String> p = spec.get("paths").fieldNames(); p.hasNext(); ) {
            String path = p.next();
            spec.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        List<String> registered = new ArrayList<>();
        for (ParsedEndpoint e : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            if (e.getEndpoint().getMethod().isHttpMethod()) registered.add(e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath());
        }
        assertThat(registered).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void every_schema_reference_resolves() {
        JsonNode spec = http.get("/openapi.json").json();
        for (String ref : spec.findValuesAsText("$ref")) {
            assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void docs_pages_load_every_asset_from_this_server() {
        for (String page : List.of("/docs", "/redoc")) {
            Http.Answer a = http.get(page, "text/html");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.header("content-type")).startsWith("text/html");
            Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(a.body());
            List<String> assets = new ArrayList<>();
            while (m.find()) assets.add(m.group(1));
            assertThat(assets).as(page).isNotEmpty().allMatch(u -> u.startsWith("/"), "is local");
            for (String asset : assets) assertThat(http.get(asset, "*/*").status()).as(asset).isEqualTo(200);
            assertThat(a.body()).contains("/openapi.json");
        }
    }
}
