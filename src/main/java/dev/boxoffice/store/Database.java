package dev.boxoffice.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's database: SQLite (a file, WAL mode, busy timeout) or PostgreSQL, chosen by the JDBC URL,
 * with its schema migrated by Flyway when opened. Every unit of work gets its own plain connection and
 * one transaction, so a process killed midway leaves only whole units behind; there is no pool because
 * the store's callers (batch jobs, a CLI, a low-traffic API) open few units and SQLite gains nothing from one.
 * Thread-safe: it holds no connection between units.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Dialect dialect;
    private final String redactedUrl;
    private final DataSource writeSource;
    private final DataSource readSource;

    private Database(Dialect dialect, String redactedUrl, DataSource writeSource, DataSource readSource) {
        this.dialect = dialect;
        this.redactedUrl = redactedUrl;
        this.writeSource = writeSource;
        this.readSource = readSource;
    }

    /**
     * Opens the database at {@code url} (credentials, if any, inside the URL) and migrates its schema to the
     * latest version. An SQLite file's directory is created when missing, and concurrent first opens by
     * several processes wait for each other.
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL or SQLite-file JDBC URL
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static Database open(String url) {
        Dialect dialect = Dialect.fromUrl(url);
        Path file = dialect.sqliteFile(url);
        String redacted = redact(url);
        Database db = new Database(dialect, redacted, dialect.dataSource(url, true), dialect.dataSource(url, false));
        if (file == null) {
            db.migrate();   // Flyway serialises concurrent migrations on PostgreSQL with an advisory lock
            return db;
        }
        try {
            Files.createDirectories(file.getParent());
            MigrationLock lock = MigrationLock.acquire(Path.of(file + ".migration-lock"), Dialect.SQLITE_BUSY_TIMEOUT_MS);
            try (lock) {
                db.migrate();
            }
        } catch (IOException e) {
            throw new StoreException("preparing " + redacted, e);
        }
        return db;
    }

    /** Which database this is. */
    public Dialect dialect() {
        return dialect;
    }

    /** The URL with any password replaced by ***, safe to log or show. */
    public String redactedUrl() {
        return redactedUrl;
    }

    private void migrate() {
        try {
            // Flyway manages its own transactions; the deferred SQLite source keeps the driver from
            // re-taking the write lock after each of Flyway's commits
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(readSource)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.migrationPlaceholders())
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {} ({} migrations)", redactedUrl, result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            throw new StoreException("migrating " + redactedUrl, e);
        }
    }

    /**
     * Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws.
     * SQLException becomes a StoreException naming {@code what}; runtime exceptions pass through.
     */
    <T> T write(String what, SqlWork<T> work) {
        return inTransaction(what, writeSource, true, work);
    }

    /** Runs {@code work} in one read-only transaction that sees a single consistent snapshot. */
    <T> T read(String what, SqlWork<T> work) {
        return inTransaction(what, readSource, false, work);
    }

    private <T> T inTransaction(String what, DataSource source, boolean write, SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        try (Connection c = source.getConnection()) {
            dialect.begin(c, write);
            T result;
            try {
                result = work.run(c);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
            dialect.commit(c);
            return result;
        } catch (SQLException e) {
            throw new StoreException(what + " in " + redactedUrl, e);
        }
    }

    private void rollbackQuietly(Connection c, Exception cause) {
        try {
            dialect.rollback(c);
        } catch (SQLException | RuntimeException e) {
            // closing the connection discards the transaction anyway; keep the first failure as the cause
            cause.addSuppressed(e);
        }
    }

    /** {@code url} with passwords (a {@code password=} parameter or {@code user:password@}) replaced by ***. */
    static String redact(String url) {
        if (url == null) return null;
        return url.replaceAll("(?i)(password=)[^&;\\s]*", "$1***")
                .replaceAll("//([^/@:\\s]+):[^/@\\s]*@", "//$1:***@");
    }

    @Override
    public String toString() {
        return "Database[" + dialect.jsonName() + ", " + redactedUrl + "]";
    }
}
