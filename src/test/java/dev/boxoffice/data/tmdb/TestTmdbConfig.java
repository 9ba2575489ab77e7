package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.boxoffice.AppConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestTmdbConfig {
    private static final String BASE = "https://api.themoviedb.org/3";

    @Test
    void is_built_from_the_app_config_with_the_defaults() {
        AppConfig app = AppConfig.fromEnvironment(Map.of("TMDB_API_KEY", "abc", "HOME", "/tmp"));

        TmdbConfig config = TmdbConfig.from(app);

        assertThat(config.baseUrl()).isEqualTo(AppConfig.DEFAULT_TMDB_BASE_URL);
        assertThat(config.apiKey()).isEqualTo("abc");
        assertThat(config.readToken()).isNull();
        assertThat(config.requestsPerSecond()).isEqualTo(20.0).isLessThan(40);
        assertThat(config.retryPolicy()).isEqualTo(new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(60)));
    }

    @Test
    void normalises_the_base_url_and_trims_credentials() {
        TmdbConfig config = TmdbConfig.of(" http://127.0.0.1:8080/3/ ", " key ", "  ");

        assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:8080/3");
        assertThat(config.apiKey()).isEqualTo("key");
        assertThat(config.readToken()).isNull();
    }

    @Test
    void requires_a_credential_and_says_which_variables_to_set() {
        AppConfig app = new AppConfig(null, Path.of("/tmp"), null, BASE, null, null);

        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.from(app))
                .withMessage("TMDB credentials missing: set TMDB_API_KEY or TMDB_READ_TOKEN");
    }

    @Test
    void rejects_bad_base_urls_without_echoing_a_query() {
        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.of("ftp://x/3", "k", null))
                .withMessageContaining("absolute http(s) URL");
        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.of("api.themoviedb.org/3", "k", null));
        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.of(BASE + "?api_key=SECRET", "k", null))
                .withMessageNotContaining("SECRET");
        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.of(null, "k", null));
    }

    @Test
    void rejects_credentials_that_could_break_a_header_without_echoing_them() {
        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.of(BASE, "ab\r\nX-Evil: 1", null))
                .withMessage("TMDB_API_KEY must be printable ASCII without spaces");
        assertThatIllegalArgumentException().isThrownBy(() -> TmdbConfig.of(BASE, null, "tok en"))
                .withMessage("TMDB_READ_TOKEN must be printable ASCII without spaces");
    }

    @Test
    void rejects_limits_that_cannot_work() {
        TmdbConfig ok = TmdbConfig.of(BASE, "k", null);

        assertThatIllegalArgumentException().isThrownBy(() -> ok.withRequestsPerSecond(0))
                .withMessage("requestsPerSecond must be in (0, 1000], got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> ok.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .withMessageContaining("connectTimeout");
        assertThatIllegalArgumentException().isThrownBy(() -> ok.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .withMessageContaining("requestTimeout");
    }
}
