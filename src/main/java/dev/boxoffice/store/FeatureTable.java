package dev.boxoffice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The movie_features group: one row per film per feature set and version, names and values as JSON. */
final class FeatureTable {
    private static final String UPSERT = "INSERT INTO movie_features (tmdb_id, feature_set, feature_set_version,"
            + " names_json, values_json, computed_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (tmdb_id, feature_set, feature_set_version) DO UPDATE SET"
            + " names_json = excluded.names_json, values_json = excluded.values_json,"
            + " computed_at = excluded.computed_at";
    private static final String SELECT = "SELECT tmdb_id, feature_set, feature_set_version, names_json, values_json"
            + " FROM movie_features WHERE feature_set = ? AND feature_set_version = ?";

    private final Dialect dialect;

    FeatureTable(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Inserts or overwrites {@code rows}, stamped {@code now}. */
    void save(Connection c, List<FeatureRow> rows, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (FeatureRow row : rows) {
                ps.setLong(1, row.movieId());
                ps.setString(2, row.featureSet());
                ps.setInt(3, row.version());
                ps.setString(4, JsonColumns.write(row.names()));
                ps.setString(5, JsonColumns.writeDoubles(row.values()));
                dialect.bind(ps, 6, SqlType.TIMESTAMP, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** How many films have rows under one feature set version. */
    long count(Connection c, String featureSet, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM movie_features"
                + " WHERE feature_set = ? AND feature_set_version = ?")) {
            ps.setString(1, featureSet);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The rows of one feature set version, for one film (movieId not null) or all films, by film id. */
    List<FeatureRow> load(Connection c, String featureSet, int version, Long movieId) throws SQLException {
        String sql = SELECT + (movieId == null ? "" : " AND tmdb_id = ?") + " ORDER BY tmdb_id";
        List<FeatureRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, featureSet);
            ps.setInt(2, version);
            if (movieId != null) ps.setLong(3, movieId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FeatureRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            JsonColumns.read(rs.getString(4), JsonColumns.STRINGS),
                            JsonColumns.readDoubles(rs.getString(5))));
                }
            }
        }
        return rows;
    }
}
