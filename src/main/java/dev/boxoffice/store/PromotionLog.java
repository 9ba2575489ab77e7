package dev.boxoffice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The promotions of each model name as a stack: a promotion pushes the version, a rollback pops the
 * current one and returns the version below it. Callers hold the name's lock ({@link ModelRows#lockName}).
 */
final class PromotionLog {
    private final Dialect dialect;

    PromotionLog(Dialect dialect) {
        this.dialect = dialect;
    }

    void push(Connection c, String name, int version, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_promotions (name, seq, version, promoted_at)"
                + " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM model_promotions WHERE name = ?")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            dialect.bind(ps, 3, SqlType.TIMESTAMP, now);
            ps.setString(4, name);
            ps.executeUpdate();
        }
    }

    /**
     * Marks the promotions of {@code current} on top of the stack as rolled back and returns the version
     * promoted before them, or null when there is none (the caller then aborts the transaction).
     */
    Integer pop(Connection c, String name, int current, Instant now) throws SQLException {
        List<int[]> live = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, version FROM model_promotions"
                + " WHERE name = ? AND rolled_back_at IS NULL ORDER BY seq DESC")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) live.add(new int[] {rs.getInt(1), rs.getInt(2)});
            }
        }
        int i = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE model_promotions SET rolled_back_at = ?"
                + " WHERE name = ? AND seq = ?")) {
            for (; i < live.size() && live.get(i)[1] == current; i++) {
                dialect.bind(ps, 1, SqlType.TIMESTAMP, now);
                ps.setString(2, name);
                ps.setInt(3, live.get(i)[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return i < live.size() ? live.get(i)[1] : null;
    }
}
