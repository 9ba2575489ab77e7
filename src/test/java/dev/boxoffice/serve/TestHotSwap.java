package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promoting a new version while clients hammer /predict: the new version is served, and no request fails. */
class TestHotSwap {
    static final int CLIENTS = 8;

    @TempDir Path dir;

    @Test
    void a_promotion_under_concurrent_load_is_swapped_in_with_no_failed_request() throws Exception {
        ServeStore s = ServeStore.withModels(dir, Profile.PRE_RELEASE);
        Javalin app = s.start();
        try {
            Http http = new Http(app.port());
            String body = "{\"runtime\": 110, \"budget\": 40000000, \"genres\": [\"Drama\"]}";
            Map<Integer, AtomicInteger> versions = new ConcurrentHashMap<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch warm = new CountDownLatch(CLIENTS);
            List<Thread> clients = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        Http.Answer a = http.post("/predict", body);
                        if (a.status() != 200) failures.add(a.status() + " " + a.body());
                        else versions.computeIfAbsent(a.json().get("model_version").asInt(), v -> new AtomicInteger())
                                .incrementAndGet();
                        if (++n == 20) warm.countDown();
                    }
                });
                t.start();
                clients.add(t);
            }
            warm.await();
            s.trainAndPromote(Profile.PRE_RELEASE, dir);   // registers version 2 of every model, promotes the best
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!versions.containsKey(2) && System.nanoTime() < deadline) Thread.sleep(20);
            int before = versions.getOrDefault(2, new AtomicInteger()).get();
            while (versions.getOrDefault(2, new AtomicInteger()).get() < before + 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stop.set(true);
            for (Thread t : clients) t.join();

            assertThat(failures).isEmpty();
            assertThat(versions).containsKeys(1, 2);
            // once version 2 is served, version 1 never comes back
            assertThat(http.post("/predict", body).json().get("model_version").asInt()).isEqualTo(2);
            assertThat(http.get("/health").json().get("models").findValuesAsText("version")).containsOnly("2");
        } finally {
            app.stop();
        }
    }
}
