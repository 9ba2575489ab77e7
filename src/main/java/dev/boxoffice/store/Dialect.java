package dev.boxoffice.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Every difference between the two databases the store runs on, so that the rest of the package has one
 * code path: connection settings, transaction handling, row locks, and how dates and instants are stored
 * (SQLite has no date types, so they are fixed-width ISO text that sorts like the value).
 */
public enum Dialect {
    SQLITE("sqlite", "jdbc:sqlite:"),
    POSTGRESQL("postgresql", "jdbc:postgresql:");

    /** How long an SQLite connection waits for another connection's write lock before failing. */
    public static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private static final DateTimeFormatter SQLITE_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final String jsonName;
    private final String urlPrefix;

    Dialect(String jsonName, String urlPrefix) {
        this.jsonName = jsonName;
        this.urlPrefix = urlPrefix;
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @throws IllegalArgumentException when the URL is neither {@code jdbc:sqlite:} nor {@code jdbc:postgresql:}
     */
    public static Dialect fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        for (Dialect d : values()) {
            if (url.startsWith(d.urlPrefix)) return d;
        }
        throw new IllegalArgumentException("database URL must start with jdbc:sqlite: or jdbc:postgresql:, got "
                + Database.redact(url));
    }

    /** The name in reports and {@code store stats --json}: "sqlite" or "postgresql". */
    public String jsonName() {
        return jsonName;
    }

    /** Values of the Flyway placeholders in the migrations. */
    Map<String, String> migrationPlaceholders() {
        return switch (this) {
            case SQLITE -> Map.of("date_type", "TEXT", "timestamp_type", "TEXT", "blob_type", "BLOB");
            case POSTGRESQL -> Map.of("date_type", "DATE", "timestamp_type", "TIMESTAMP WITH TIME ZONE",
                    "blob_type", "BYTEA");
        };
    }

    /**
     * The file of an SQLite database, null for PostgreSQL.
     *
     * @throws IllegalArgumentException for an in-memory or temporary SQLite database, which would be a new
     *     empty database on each of the store's connections
     */
    Path sqliteFile(String url) {
        if (this != SQLITE) return null;
        String file = url.substring(urlPrefix.length());
        if (file.startsWith("file:")) file = file.substring("file:".length());
        int query = file.indexOf('?');
        if (query >= 0) file = file.substring(0, query);
        if (file.isEmpty() || file.startsWith(":memory:") || url.contains("mode=memory")) {
            throw new IllegalArgumentException("the store needs an SQLite file, got " + url);
        }
        return Path.of(file).toAbsolutePath();
    }

    /**
     * A data source opening a plain connection per call. SQLite write connections begin their transactions
     * IMMEDIATE, taking the write lock up front: a deferred transaction that reads and then writes fails at
     * once (not after the busy timeout) when another process committed in between.
     */
    DataSource dataSource(String url, boolean forWrites) {
        return switch (this) {
            case SQLITE -> {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
                config.enforceForeignKeys(true);
                // NORMAL in WAL mode survives a killed process; only an OS crash may lose the last commits
                config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                config.setTransactionMode(forWrites ? SQLiteConfig.TransactionMode.IMMEDIATE
                        : SQLiteConfig.TransactionMode.DEFERRED);
                SQLiteDataSource ds = new SQLiteDataSource(config);
                ds.setUrl(url);
                yield ds;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(url);
                if (!url.contains("reWriteBatchedInserts")) ds.setReWriteBatchedInserts(true);
                if (ds.getApplicationName() == null || ds.getApplicationName().startsWith("PostgreSQL JDBC")) {
                    ds.setApplicationName("boxoffice");
                }
                yield ds;
            }
        };
    }

    /** Begins a transaction: a writer's, or a read-only one that sees a single snapshot throughout. */
    void begin(Connection c, boolean write) throws SQLException {
        if (this == POSTGRESQL && !write) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
        }
        c.setAutoCommit(false);
    }

    /** Commits the transaction begun by {@link #begin}. */
    void commit(Connection c) throws SQLException {
        if (this == SQLITE) {
            // the SQLite driver's commit() immediately begins the next transaction, which on a write
            // connection would wait for the write lock again; switching auto-commit on only commits
            c.setAutoCommit(true);
        } else {
            c.commit();
        }
    }

    /** Rolls back the transaction begun by {@link #begin}. */
    void rollback(Connection c) throws SQLException {
        if (this == SQLITE) {
            // an explicit ROLLBACK, not rollback(), for the same reason as in commit()
            if (!c.getAutoCommit()) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            }
        } else {
            c.rollback();
        }
    }

    /** The suffix that locks the selected rows until commit; SQLite writers already hold the database lock. */
    String forUpdate() {
        return this == POSTGRESQL ? " FOR UPDATE" : "";
    }

    /** Binds {@code value} (null allowed) as parameter {@code i}. */
    void bind(PreparedStatement ps, int i, SqlType type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, this == SQLITE && (type == SqlType.DATE || type == SqlType.TIMESTAMP)
                    ? java.sql.Types.VARCHAR : type.jdbcType());
            return;
        }
        switch (type) {
            case TEXT -> ps.setString(i, (String) value);
            case INTEGER -> ps.setInt(i, (Integer) value);
            case BIGINT -> ps.setLong(i, (Long) value);
            case DOUBLE -> ps.setDouble(i, (Double) value);
            case BOOLEAN -> ps.setBoolean(i, (Boolean) value);
            case BYTES -> ps.setBytes(i, (byte[]) value);
            case DATE -> {
                if (this == SQLITE) ps.setString(i, value.toString());
                else ps.setObject(i, value);
            }
            case TIMESTAMP -> {
                if (this == SQLITE) ps.setString(i, SQLITE_INSTANT.format((Instant) value));
                else ps.setObject(i, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            }
        }
    }

    /** Reads column {@code i} of the current row, null when SQL NULL. */
    Object read(ResultSet rs, int i, SqlType type) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rs.getString(i);
            case INTEGER -> rs.getInt(i);
            case BIGINT -> rs.getLong(i);
            case DOUBLE -> rs.getDouble(i);
            case BOOLEAN -> rs.getBoolean(i);
            case BYTES -> rs.getBytes(i);
            case DATE -> this == SQLITE ? parseOrNull(rs.getString(i), LocalDate::parse)
                    : rs.getObject(i, LocalDate.class);
            case TIMESTAMP -> this == SQLITE ? parseOrNull(rs.getString(i), Instant::parse)
                    : toInstant(rs.getObject(i, OffsetDateTime.class));
        };
        return rs.wasNull() ? null : value;
    }

    private static <T> T parseOrNull(String text, java.util.function.Function<String, T> parser) {
        return text == null ? null : parser.apply(text);
    }

    private static Instant toInstant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
