package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boxoffice.features.Profile;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve warms up on a loopback port of its own and only then listens where clients connect. */
class TestPublicPort {
    @TempDir Path dir;

    @Test
    void the_public_port_answers_and_the_warm_up_port_is_closed() throws Exception {
        Javalin app = ServeStore.withModels(dir).start();
        try {
            int warmUpPort = app.port();

            PublicPort.open(app, "127.0.0.1", 0);

            assertThat(app.port()).isNotEqualTo(warmUpPort);
            assertThat(new Http(app.port()).get("/").status()).isEqualTo(200);
            assertThat(accepts(warmUpPort)).as("warm-up port still listening").isFalse();
        } finally {
            app.stop();
        }
    }

    @Test
    void the_public_port_opens_on_the_smallest_thread_pool_serve_accepts() throws Exception {
        ServeConfig smallest = ServeConfig.defaults().withThreads(ServeConfig.MIN_THREADS).withPort(0);
        Javalin app = ServeStore.withModels(dir, Profile.SEED).start(smallest);
        try {
            PublicPort.open(app, "127.0.0.1", 0);

            assertThat(new Http(app.port()).post("/predict", TestPredictEndpoint.REFERENCE).status()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void a_port_in_use_is_named_before_any_warm_up() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> PublicPort.checkFree("127.0.0.1", port))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + port);
        }
    }

    @Test
    void a_port_in_use_after_the_warm_up_leaves_the_server_on_its_loopback_port() throws Exception {
        Javalin app = ServeStore.withModels(dir).start();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int warmUpPort = app.port();

            assertThatThrownBy(() -> PublicPort.open(app, "127.0.0.1", taken.getLocalPort()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
            assertThat(app.port()).isEqualTo(warmUpPort);
            assertThat(new Http(warmUpPort).get("/").status()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
