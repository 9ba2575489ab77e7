package dev.boxoffice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of the model registry's tables, inside the caller's transaction. Artifacts are read only on request. */
final class ModelRows {
    private static final String COLUMNS = "name, version, market, task, profile, feature_set_name,"
            + " feature_set_version, feature_names_json, format, params_json, metrics_json, training_fingerprint,"
            + " seed, created_at, stage, artifact_sha256, artifact_size_bytes";
    private static final String INSERT = "INSERT INTO models (" + COLUMNS + ", stage_changed_at, artifact)"
            + " VALUES (" + MovieUpsert.placeholders(19) + ")";

    private final Dialect dialect;

    ModelRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Locks the name's row until commit (SQLite writers hold the whole database already) and returns its
     * last assigned version, or null when no model has that name.
     */
    Integer lockName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_version FROM model_names WHERE name = ?"
                + dialect.forUpdate())) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    /** Takes the next version of {@code name}; concurrent callers for one name queue on its row. */
    int nextVersion(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_names (name, last_version) VALUES (?, 0)"
                + " ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE model_names SET last_version = last_version + 1 WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        return lockName(c, name);
    }

    void insert(Connection c, ModelCard card, byte[] artifact, String sha256, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, card.name());
            ps.setInt(2, card.version());
            ps.setString(3, card.market());
            ps.setString(4, card.task());
            ps.setString(5, card.profile());
            ps.setString(6, card.featureSetName());
            ps.setInt(7, card.featureSetVersion());
            ps.setString(8, JsonColumns.write(card.featureNames()));
            ps.setString(9, card.format());
            ps.setString(10, JsonColumns.write(card.params()));
            ps.setString(11, JsonColumns.write(card.metrics()));
            ps.setString(12, card.trainingFingerprint());
            ps.setLong(13, card.seed());
            dialect.bind(ps, 14, SqlType.TIMESTAMP, card.createdAt());
            ps.setString(15, card.stage().name());
            ps.setString(16, sha256);
            ps.setLong(17, artifact.length);
            dialect.bind(ps, 18, SqlType.TIMESTAMP, now);
            dialect.bind(ps, 19, SqlType.BYTES, artifact);
            ps.executeUpdate();
        }
    }

    /** Models matching {@code where} (with parameters bound as strings or ints), ordered by {@code orderBy}. */
    List<RegisteredModel> select(Connection c, String where, String orderBy, Object... params) throws SQLException {
        List<RegisteredModel> models = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM models" + (where == null ? "" : " WHERE " + where)
                + " ORDER BY " + orderBy;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Integer n) ps.setInt(i + 1, n);
                else ps.setString(i + 1, (String) params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) models.add(read(rs));
            }
        }
        return models;
    }

    /** The one model {@code name:version}, or null. */
    RegisteredModel find(Connection c, String name, int version) throws SQLException {
        List<RegisteredModel> found = select(c, "name = ? AND version = ?", "version", name, version);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Sets the stage of {@code name:version}; returns whether such a model exists. */
    boolean setStage(Connection c, String name, int version, ModelStage stage, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE models SET stage = ?, stage_changed_at = ?"
                + " WHERE name = ? AND version = ?")) {
            ps.setString(1, stage.name());
            dialect.bind(ps, 2, SqlType.TIMESTAMP, now);
            ps.setString(3, name);
            ps.setInt(4, version);
            return ps.executeUpdate() == 1;
        }
    }

    /** The artifact bytes and their recorded SHA-256, or null when there is no such model. */
    Object[] artifact(Connection c, String name, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT artifact, artifact_sha256 FROM models"
                + " WHERE name = ? AND version = ?")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Object[] {rs.getBytes(1), rs.getString(2)} : null;
            }
        }
    }

    private RegisteredModel read(ResultSet rs) throws SQLException {
        ModelCard card = new ModelCard(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), JsonColumns.read(rs.getString(8), JsonColumns.STRINGS),
                rs.getString(9), JsonColumns.read(rs.getString(10), JsonColumns.OBJECT_MAP),
                JsonColumns.read(rs.getString(11), JsonColumns.METRICS), rs.getString(12), rs.getLong(13),
                (Instant) dialect.read(rs, 14, SqlType.TIMESTAMP), ModelStage.valueOf(rs.getString(15)));
        return new RegisteredModel(card, rs.getString(16), rs.getLong(17));
    }
}
