package dev.boxoffice.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file in a fresh temporary directory per test. */
class TestSqliteStore extends RegistryContract {
    @TempDir
    Path dir;
    private int databases;

    @Override
    String newDatabaseUrl() {
        // a directory that does not exist yet: opening must create it
        return "jdbc:sqlite:" + dir.resolve("home" + (++databases) + "/boxoffice.db");
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.SQLITE;
    }
}
