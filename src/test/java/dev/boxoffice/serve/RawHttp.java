package dev.boxoffice.serve;

import java.nio.charset.StandardCharsets;

/** HTTP/1.1 requests as bytes, for tests that write to a socket themselves: cut short, pipelined, never read. */
final class RawHttp {
    private RawHttp() {
    }

    /**
     * {@code POST path} with a JSON body and its Content-Length; {@code headers} are extra header lines, each
     * ending in CRLF.
     */
    static byte[] post(String path, String headers, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers
                + "Content-Length: " + content.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }
}
