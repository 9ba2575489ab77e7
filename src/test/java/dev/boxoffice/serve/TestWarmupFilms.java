package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up's films: the shapes clients send, with varied numbers, every one a valid request. */
class TestWarmupFilms {
    @TempDir Path dir;

    @Test
    void every_film_and_the_batch_are_answered() throws Exception {
        Javalin app = ServeStore.withModels(dir, Profile.SEED, Profile.PRE_RELEASE).start();
        try {
            Http http = new Http(app.port());
            for (String film : WarmupFilms.all()) {
                assertThat(http.post("/predict", film).status()).as(film).isEqualTo(200);
            }
            Http.Answer batch = http.post("/batch_predict", WarmupFilms.batch(100));
            assertThat(batch.status()).isEqualTo(200);
            assertThat(batch.json().get("predictions").size()).isEqualTo(100);
            // both profiles are scored in one batch, as a spreadsheet of mixed films would be
            assertThat(batch.body()).contains("\"profile\":\"seed\"", "\"profile\":\"pre-release\"");
        } finally {
            app.stop();
        }
    }

    @Test
    void the_numbers_vary_and_the_first_is_the_reference_request() {
        List<String> films = WarmupFilms.all();

        assertThat(films).hasSize(WarmupFilms.VARIANTS * WarmupFilms.SHAPES).doesNotHaveDuplicates();
        assertThat(films.get(0)).isEqualTo(TestPredictEndpoint.REFERENCE);
        assertThat(films.get(1)).contains("\"release_date\"", "\"cast\"");
        assertThat(films.get(2)).contains("\"release_date\"").doesNotContain("\"cast\"", "\"popularity\"");
    }
}
