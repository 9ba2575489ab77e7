package dev.boxoffice.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The store contract on a real PostgreSQL server started once for this class, a new database per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestPostgresStore extends RegistryContract {
    private PostgresServer server;

    @BeforeAll
    void start_postgres() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    void stop_postgres() throws Exception {
        if (server != null) server.close();
    }

    @Override
    String newDatabaseUrl() throws Exception {
        return server.newDatabaseUrl();
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.POSTGRESQL;
    }
}
