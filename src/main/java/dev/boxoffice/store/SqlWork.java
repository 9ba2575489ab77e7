package dev.boxoffice.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One unit of work on a connection whose transaction {@link Database} begins, commits or rolls back. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
