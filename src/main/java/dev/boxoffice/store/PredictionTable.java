package dev.boxoffice.store;

import static dev.boxoffice.store.SqlType.DOUBLE;
import static dev.boxoffice.store.SqlType.TIMESTAMP;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The predictions group: at most one row per film and model version, so re-running a job adds nothing. */
final class PredictionTable {
    private static final String COLUMNS = "tmdb_id, model_name, model_version, predicted_revenue_usd,"
            + " interval_low_usd, interval_high_usd, hit_probability, predicted_at";
    private static final String INSERT = "INSERT INTO predictions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (tmdb_id, model_name, model_version) DO NOTHING";
    private static final String NEWEST_FIRST = "predicted_at DESC, model_version DESC, model_name DESC";
    // each film's newest prediction, joined with the facts a list of upcoming films shows
    private static final String UPCOMING = "SELECT p." + COLUMNS.replace(", ", ", p.")
            + ", m.title, m.release_date, m.poster_path FROM (SELECT " + COLUMNS + ", ROW_NUMBER() OVER"
            + " (PARTITION BY tmdb_id ORDER BY " + NEWEST_FIRST + ") AS newest FROM predictions) p"
            + " JOIN movies m ON m.tmdb_id = p.tmdb_id WHERE p.newest = 1 AND m.release_date >= ?"
            + " ORDER BY m.release_date DESC, m.tmdb_id";

    private final Dialect dialect;

    PredictionTable(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Inserts {@code p} unless the film already has a prediction by that model version; true if inserted. */
    boolean insert(Connection c, PredictionRecord p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setLong(1, p.movieId());
            ps.setString(2, p.modelName());
            ps.setInt(3, p.modelVersion());
            ps.setDouble(4, p.predictedRevenueUsd());
            dialect.bind(ps, 5, DOUBLE, p.intervalLowUsd());
            dialect.bind(ps, 6, DOUBLE, p.intervalHighUsd());
            dialect.bind(ps, 7, DOUBLE, p.hitProbability());
            dialect.bind(ps, 8, TIMESTAMP, p.predictedAt());
            return ps.executeUpdate() == 1;
        }
    }

    boolean exists(Connection c, long movieId, String modelName, int modelVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM predictions"
                + " WHERE tmdb_id = ? AND model_name = ? AND model_version = ?")) {
            ps.setLong(1, movieId);
            ps.setString(2, modelName);
            ps.setInt(3, modelVersion);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The film's newest prediction by any model, or null. */
    PredictionRecord latest(Connection c, long movieId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM predictions WHERE tmdb_id = ?"
                + " ORDER BY " + NEWEST_FIRST)) {
            ps.setLong(1, movieId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Films released on or after {@code from} that have a prediction, latest release first. */
    List<UpcomingPrediction> upcoming(Connection c, LocalDate from) throws SQLException {
        List<UpcomingPrediction> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(UPCOMING)) {
            dialect.bind(ps, 1, SqlType.DATE, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new UpcomingPrediction(read(rs), rs.getString(9),
                            (LocalDate) dialect.read(rs, 10, SqlType.DATE), rs.getString(11)));
                }
            }
        }
        return list;
    }

    private PredictionRecord read(ResultSet rs) throws SQLException {
        return new PredictionRecord(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4),
                (Double) dialect.read(rs, 5, DOUBLE), (Double) dialect.read(rs, 6, DOUBLE),
                (Double) dialect.read(rs, 7, DOUBLE), (Instant) dialect.read(rs, 8, TIMESTAMP));
    }
}
