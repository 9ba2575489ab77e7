package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Quick requests are answered on the selector thread that read them, everything else on a worker, and nothing a
 * client does makes the selector wait: one selector here, so a blocked selector would stall every other client.
 */
// a selector that does block would hang a greedy-client test: fail it instead
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TestEventLoopConnector {
    /** Larger than Jetty's 8 KB output aggregate: sent at once, not buffered until the request completes. */
    private static final int ANSWER_BYTES = 16_384;
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jetty.threadPool = new FixedThreadPool("test-http", 8);
            c.jetty.modifyServer(s -> EventLoopConnector.install(s, 1, r -> r.getRequestURI().equals("/quick")));
        });
        app.post("/quick", TestEventLoopConnector::answer);
        app.post("/other", TestEventLoopConnector::answer);
        app.start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** Which thread ran it and how much body it read, padded to {@link #ANSWER_BYTES}, sent as /predict does. */
    private static void answer(io.javalin.http.Context ctx) throws IOException {
        int read = ctx.req().getInputStream().readAllBytes().length;
        String text = "{\"on_selector\":" + EventLoopConnector.onSelector() + ",\"read\":" + read + ",\"pad\":\"";
        ctx.res().setContentType("application/json");
        EventLoopConnector.send(ctx.req(), (text + "x".repeat(ANSWER_BYTES - text.length() - 2) + "\"}")
                .getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_quick_request_with_its_whole_body_is_answered_on_the_selector() {
        Http.Answer answer = http.post("/quick", "{\"budget\": 1}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Length")).isEqualTo(String.valueOf(ANSWER_BYTES));
        assertThat(answer.json().get("on_selector").asBoolean()).isTrue();
        assertThat(answer.json().get("read").asInt()).isEqualTo(13);
    }

    @Test
    void any_other_request_goes_to_a_worker() {
        assertThat(http.post("/other", "{\"budget\": 1}").json().get("on_selector").asBoolean()).isFalse();
    }

    @Test
    void a_quick_request_whose_body_is_still_on_its_way_goes_to_a_worker_and_blocks_no_one() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", app.port())) {
            byte[] request = RawHttp.post("/quick", "", "{\"a\":1234}");
            OutputStream out = slow.getOutputStream();
            out.write(request, 0, request.length - 5);
            out.flush();
            Thread.sleep(200);   // the server has read the first half and is waiting for the rest

            CompletableFuture<Http.Answer> other = CompletableFuture.supplyAsync(() -> http.post("/quick", "{}"));
            assertThat(other.get(5, TimeUnit.SECONDS).json().get("on_selector").asBoolean()).isTrue();

            out.write(request, request.length - 5, 5);
            out.flush();
            String answer = readAnswer(slow.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"on_selector\":false,\"read\":10");
        }
    }

    @Test
    void a_chunked_quick_request_goes_to_a_worker() {
        Http.Answer answer = http.postChunked("/quick", "{}".getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("on_selector").asBoolean()).isFalse();
        assertThat(answer.json().get("read").asInt()).isEqualTo(2);
    }

    @Test
    void a_client_that_reads_none_of_its_answers_blocks_no_one() throws Exception {
        try (GreedyClient greedy = new GreedyClient(app.port(), "/quick", "{}").awaitIgnored()) {
            for (int i = 0; i < 5; i++) {
                CompletableFuture<Http.Answer> answer = CompletableFuture.supplyAsync(() -> http.post("/quick", "{}"));
                assertThat(answer.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
            assertThat(greedy.stuck()).isTrue();
        }
    }

    /** One answer with a Content-Length body. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int length = -1;
        while (true) {
            int b = in.read();
            if (b < 0) break;
            seen.write(b);
            String text = seen.toString(StandardCharsets.US_ASCII);
            if (length < 0 && text.endsWith("\r\n\r\n")) {
                int at = text.toLowerCase().indexOf("content-length: ");
                length = Integer.parseInt(text.substring(at + 16, text.indexOf("\r\n", at)).trim());
                seen.write(in.readNBytes(length));
                break;
            }
        }
        return seen.toString(StandardCharsets.US_ASCII);
    }
}
