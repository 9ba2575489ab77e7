package dev.boxoffice.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Opens a running server's public port after the fact. {@code serve} starts on a loopback port of its own,
 * warms up there, and only then listens where clients connect, so the first client meets compiled code
 * instead of a JIT compiler busy for the first ~18 s of load.
 */
public final class PublicPort {
    private PublicPort() {
    }

    /**
     * Fails fast, before any warm-up, when {@code host}:{@code port} cannot be bound (in use, or not an address
     * of this machine). Port 0 always binds.
     *
     * @throws UncheckedIOException naming the address when it cannot be bound
     */
    public static void checkFree(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Listens on {@code host}:{@code port} with the same HTTP set-up and selectors as the server's first
     * connector, then closes every other connector; {@code app.port()} is then the public port.
     *
     * @throws UncheckedIOException when the port cannot be bound (the server keeps its loopback port)
     */
    public static void open(Javalin app, String host, int port) {
        Server server = app.jettyServer().server();
        Connector[] before = server.getConnectors();
        ServerConnector open = EventLoopConnector.like(server, (ServerConnector) before[0]);
        open.setHost(host);
        open.setPort(port);
        server.addConnector(open);
        try {
            open.start();
        } catch (Exception e) {
            server.removeConnector(open);
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        for (Connector c : before) {
            try {
                c.stop();
            } catch (Exception e) {
                // the warm-up port only: the public one is open, and a leftover loopback listener harms no one
            }
            server.removeConnector(c);
        }
    }
}
