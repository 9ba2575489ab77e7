package dev.boxoffice.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.util.function.Predicate;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * HTTP/1.1 connections whose quick requests are answered on the selector thread that read them, as an event loop
 * would; every other request goes to the thread pool as Jetty would send it.
 *
 * <p>Why: on 2 cores beside the load generator, handing each /predict from the selector to a pool thread (a
 * queue, a wake-up, read interest cleared and set again with {@code epoll_ctl}) cost about a fifth of the CPU of
 * a request. Answered where it is read, it needs one {@code epoll_wait}, the reads and one {@code writev}.
 *
 * <p>What keeps a selector from ever blocking, since a blocked selector would stall every connection it owns:
 * <ul>
 *   <li>only requests the {@code quick} predicate accepts run there, and only when their whole body has
 *       arrived, so reading it never waits (a chunked body, or one still on its way, goes to the pool);</li>
 *   <li>a quick handler answers with {@link #send}, which Jetty completes asynchronously: a client that does
 *       not read its answers costs the answer's bytes, never a waiting thread;</li>
 *   <li>quick handlers only compute: no store, no network.</li>
 * </ul>
 * Pipelined requests are read in turn by the same loop; once an answer waits for the client to read, the loop
 * leaves the connection, and Jetty resumes it when the answer is sent.
 */
final class EventLoopConnector {
    /** True while a selector thread runs a connection's reads, the only time a request may be kept there. */
    private static final ThreadLocal<Boolean> ON_SELECTOR = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private EventLoopConnector() {
    }

    /**
     * Whether the current thread is a selector answering a request it read. Answers written there must not
     * block: see the class comment.
     */
    static boolean onSelector() {
        return ON_SELECTOR.get();
    }

    /**
     * Sends {@code body} as the whole answer without waiting for the client to take it: Jetty writes what the
     * socket accepts now and the rest when it can, and adds the Content-Length. The handler must write nothing
     * else. A client that has gone is no error here: Jetty drops the connection.
     */
    static void send(HttpServletRequest request, byte[] body) {
        Request.getBaseRequest(request).getResponse().getHttpOutput()
                .sendContent(ByteBuffer.wrap(body), Callback.NOOP);
    }

    /**
     * Makes every connector of {@code server}, as it starts, one with {@code selectors} selector threads whose
     * connections answer the requests {@code quick} accepts where they are read. The connectors keep their host,
     * port, idle timeout and HTTP configuration (Javalin makes its own at start, so they are replaced then).
     */
    static void install(Server server, int selectors, Predicate<Request> quick) {
        if (selectors < 1) throw new IllegalArgumentException("selectors must be >= 1, got " + selectors);
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector c : server.getConnectors()) {
                    if (c instanceof ServerConnector sc && !(sc.getDefaultConnectionFactory() instanceof Factory)) {
                        server.removeConnector(sc);
                        server.addConnector(copy(server, sc, selectors, quick));
                    }
                }
            }
        });
    }

    /** A connector like {@code like} (host, port, idle timeout, connection factories, selectors): PublicPort's. */
    static ServerConnector like(Server server, ServerConnector like) {
        return connector(server, like, like.getSelectorManager().getSelectorCount(),
                like.getConnectionFactories().toArray(new ConnectionFactory[0]));
    }

    private static ServerConnector copy(Server server, ServerConnector old, int selectors, Predicate<Request> quick) {
        ConnectionFactory[] factories = old.getConnectionFactories().toArray(new ConnectionFactory[0]);
        for (int i = 0; i < factories.length; i++) {
            if (factories[i] instanceof HttpConnectionFactory http) {
                factories[i] = new Factory(http.getHttpConfiguration(), quick);
            }
        }
        return connector(server, old, selectors, factories);
    }

    private static ServerConnector connector(Server server, ServerConnector like, int selectors,
                                             ConnectionFactory[] factories) {
        ServerConnector c = new ServerConnector(server, -1, selectors, factories);
        c.setHost(like.getHost());
        c.setPort(like.getPort());
        c.setIdleTimeout(like.getIdleTimeout());
        return c;
    }

    /** Makes {@link EventLoopConnection}s. */
    static final class Factory extends HttpConnectionFactory {
        private final Predicate<Request> quick;

        Factory(HttpConfiguration config, Predicate<Request> quick) {
            super(config);
            this.quick = quick;
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            EventLoopConnection connection = new EventLoopConnection(getHttpConfiguration(), connector, endPoint,
                    isRecordHttpComplianceViolations(), quick);
            connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
            connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
            return configure(connection, connector, endPoint);
        }
    }

    /**
     * Jetty's connection, with reads the selector runs itself (a non-blocking callback) and a channel that keeps
     * only quick requests there.
     */
    private static final class EventLoopConnection extends HttpConnection {
        private final Predicate<Request> quick;
        private final Callback readOnSelector = new Callback() {
            @Override
            public void succeeded() {
                ON_SELECTOR.set(Boolean.TRUE);
                try {
                    onFillable();
                } finally {
                    ON_SELECTOR.set(Boolean.FALSE);
                }
            }

            @Override
            public void failed(Throwable x) {
                onFillInterestedFailed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return InvocationType.NON_BLOCKING;
            }
        };

        EventLoopConnection(HttpConfiguration config, Connector connector, EndPoint endPoint,
                            boolean recordComplianceViolations, Predicate<Request> quick) {
            super(config, connector, endPoint, recordComplianceViolations);
            this.quick = quick;
        }

        @Override
        public void fillInterested() {
            getEndPoint().fillInterested(readOnSelector);
        }

        @Override
        protected HttpChannelOverHttp newHttpChannel() {
            return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                @Override
                public boolean handle() {
                    if (!onSelector() || quickAndWhole(getRequest())) return super.handle();
                    // Jetty's own way to run a channel elsewhere; there onSelector() is false, so it is handled.
                    // Telling the read loop "suspended" makes it stop: the pool thread owns the connection now.
                    getConnector().getExecutor().execute(this);
                    return false;
                }
            };
        }

        private boolean quickAndWhole(Request request) {
            if (!quick.test(request)) return false;
            long length = request.getContentLengthLong();
            return length == 0 || length > 0 && request.getHttpInput().available() >= length;
        }
    }
}
