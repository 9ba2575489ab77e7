package dev.boxoffice.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client that sends request after request on one connection and never reads an answer, until the server stops
 * reading it. It sends one request a millisecond, so each arrives on its own and is answered where it is read
 * (on a selector, for a quick request). It keeps a small receive buffer, so the server's answers soon have to
 * wait for it, and pads its requests with a 4 KB header, so they soon fill what the sockets buffer once the
 * server stops reading. It accepts gzip, as most HTTP libraries do.
 */
final class GreedyClient implements AutoCloseable {
    private static final int MAX_REQUESTS = 100_000;
    private final Socket socket = new Socket();
    private final AtomicInteger sent = new AtomicInteger();
    private final Thread sender;

    /** Starts sending {@code POST path} with a JSON {@code body}. */
    GreedyClient(int port, String path, String body) throws IOException {
        byte[] request = RawHttp.post(path, "Accept-Encoding: gzip\r\nX-Pad: " + "p".repeat(4096) + "\r\n", body);
        socket.setReceiveBufferSize(4096);   // before connecting, or the window is already agreed
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        sender = new Thread(() -> {
            try {
                for (int i = 0; i < MAX_REQUESTS; i++) {
                    out.write(request);
                    sent.incrementAndGet();
                    Thread.sleep(1);
                }
            } catch (IOException | InterruptedException e) {
                // closed by the test while a write was blocked: the server had stopped reading, as intended
            }
        }, "greedy-client");
        sender.setDaemon(true);
        sender.start();
    }

    /** Waits until no request has gone out for 300 ms: the server has stopped reading this client. */
    GreedyClient awaitIgnored() throws InterruptedException {
        for (int last = -1, i = 0; i < 200 && sent.get() != last; i++) {
            last = sent.get();
            Thread.sleep(300);
        }
        if (!stuck()) throw new IllegalStateException("the server read all " + sent.get() + " requests sent");
        return this;
    }

    /** Whether its sending is still blocked: the server still leaves it unread. */
    boolean stuck() {
        return sender.isAlive() && sent.get() < MAX_REQUESTS;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        sender.join(5_000);
    }
}
