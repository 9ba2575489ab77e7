package dev.boxoffice.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One keep-alive HTTP/1.1 connection writing each request in a single packet (no Nagle delay between
 * headers and body, which held the JDK's clients to a few hundred requests a second) and reading each
 * answer to its Content-Length or its last chunk. Only the warm-up uses it.
 */
final class WarmupConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String authority;

    WarmupConnection(String host, int port) throws IOException {
        this.authority = host + ":" + port;   // as clients send it for a port other than 80
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress(host, port), 2_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    int exchange(String method, String path, byte[] body) throws IOException {
        return exchange(method, path, body, "");
    }

    /** As {@link #exchange(String, String, byte[])}, with {@code headers} ("Name: value\r\n" each) added. */
    int exchange(String method, String path, byte[] body, String headers) throws IOException {
        int length = body == null ? 0 : body.length;
        String content = body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + length + "\r\n";
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: " + authority + "\r\n" + Warmup.HEADER + ": true\r\n"
                + headers + content + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + length);
        if (body != null) System.arraycopy(body, 0, request, head.length, length);
        out.write(request);
        out.flush();
        String status = line();
        long contentLength = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                contentLength = Long.parseLong(header.substring(15).trim());
            } else if (header.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
                chunked = header.substring(18).trim().equalsIgnoreCase("chunked");
            }
        }
        if (chunked) {
            skipChunks();
        } else if (contentLength >= 0) {
            in.skipNBytes(contentLength);
        } else {
            // an answer delimited by closing the connection: this connection is done
            throw new IOException("answer without Content-Length: " + status);
        }
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[1].matches("\\d{3}")) throw new IOException("not an HTTP status line: " + status);
        return Integer.parseInt(parts[1]);
    }

    /** A chunked body (as /batch_predict's larger answers come): hex size lines, then the empty trailer. */
    private void skipChunks() throws IOException {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            in.skipNBytes(size);
            line();
        }
        while (!line().isEmpty()) {
            // trailer fields, if any
        }
    }

    private long chunkSize() throws IOException {
        String sizeLine = line();
        int extension = sizeLine.indexOf(';');
        try {
            return Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new IOException("not a chunk size: " + sizeLine, e);
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int ch = in.read(); ch != '\n'; ch = in.read()) {
            if (ch < 0) throw new IOException("connection closed");
            if (ch != '\r') b.append((char) ch);
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
