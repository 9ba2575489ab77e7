package dev.boxoffice.store;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one batch of movies and their credits inside the caller's transaction: new movies are inserted,
 * movies whose content hash changed are overwritten and their credits replaced, the rest are left alone.
 */
final class MovieUpsert {
    /** Bound parameters per IN (...) lookup, well under both databases' limits. */
    private static final int LOOKUP_CHUNK = 500;

    private static final String UPSERT_MOVIE = "INSERT INTO movies (" + String.join(", ", MovieColumns.NAMES)
            + ", content_hash, ingested_at) VALUES (" + placeholders(MovieColumns.NAMES.size() + 2) + ")"
            + " ON CONFLICT (tmdb_id) DO UPDATE SET "
            + MovieColumns.NAMES.stream().skip(1).map(n -> n + " = excluded." + n).collect(Collectors.joining(", "))
            + ", content_hash = excluded.content_hash, ingested_at = excluded.ingested_at";
    private static final String DELETE_CREDITS = "DELETE FROM credits WHERE tmdb_id = ?";
    private static final String INSERT_CREDIT = "INSERT INTO credits (tmdb_id, role, list_index, "
            + String.join(", ", MovieColumns.CREDIT_NAMES) + ", ingested_at) VALUES ("
            + placeholders(MovieColumns.CREDIT_NAMES.size() + 4) + ")";

    private final Dialect dialect;

    MovieUpsert(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * {@code movies} cut into batches of {@code batchSize}, in list order, one per transaction.
     *
     * @throws IllegalArgumentException when two movies share an id or batchSize < 1
     */
    static List<List<Movie>> batches(List<Movie> movies, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        Set<Long> ids = new HashSet<>();
        for (Movie m : movies) {
            if (!ids.add(m.id())) throw new IllegalArgumentException("duplicate movie id " + m.id() + " in input");
        }
        List<List<Movie>> batches = new ArrayList<>();
        for (int from = 0; from < movies.size(); from += batchSize) {
            batches.add(List.copyOf(movies.subList(from, Math.min(movies.size(), from + batchSize))));
        }
        return batches;
    }

    /** Upserts {@code batch} (distinct ids) stamped with {@code now}; returns what happened to each movie. */
    UpsertCounts upsert(Connection c, List<Movie> batch, Instant now) throws SQLException {
        Map<Long, String> stored = storedHashes(c, batch);
        List<Movie> changed = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        int inserted = 0;
        int updated = 0;
        for (Movie m : batch) {
            Object[] values = MovieColumns.values(m);
            String hash = MovieColumns.contentHash(m, values);
            String old = stored.get(m.id());
            if (hash.equals(old)) continue;
            if (old == null) inserted++;
            else updated++;
            changed.add(m);
            rows.add(values);
            hashes.add(hash);
        }
        writeMovies(c, rows, hashes, now);
        // deleted for new movies too: a concurrent writer may have inserted the same film meanwhile
        replaceCredits(c, changed, now);
        return new UpsertCounts(inserted, updated, batch.size() - inserted - updated);
    }

    private Map<Long, String> storedHashes(Connection c, List<Movie> batch) throws SQLException {
        Map<Long, String> hashes = new HashMap<>();
        for (int from = 0; from < batch.size(); from += LOOKUP_CHUNK) {
            List<Movie> chunk = batch.subList(from, Math.min(batch.size(), from + LOOKUP_CHUNK));
            String sql = "SELECT tmdb_id, content_hash FROM movies WHERE tmdb_id IN (" + placeholders(chunk.size())
                    + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) ps.setLong(i + 1, chunk.get(i).id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) hashes.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return hashes;
    }

    private void writeMovies(Connection c, List<Object[]> rows, List<String> hashes, Instant now)
            throws SQLException {
        if (rows.isEmpty()) return;
        int n = MovieColumns.NAMES.size();
        try (PreparedStatement ps = c.prepareStatement(UPSERT_MOVIE)) {
            for (int m = 0; m < rows.size(); m++) {
                Object[] values = rows.get(m);
                for (int i = 0; i < n; i++) dialect.bind(ps, i + 1, MovieColumns.TYPES.get(i), values[i]);
                dialect.bind(ps, n + 1, SqlType.TEXT, hashes.get(m));
                dialect.bind(ps, n + 2, SqlType.TIMESTAMP, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void replaceCredits(Connection c, List<Movie> movies, Instant now) throws SQLException {
        if (movies.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(DELETE_CREDITS)) {
            for (Movie m : movies) {
                ps.setLong(1, m.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int n = MovieColumns.CREDIT_NAMES.size();
        try (PreparedStatement ps = c.prepareStatement(INSERT_CREDIT)) {
            for (Movie m : movies) {
                if (m.credits() == null) continue;
                addCredits(ps, m.id(), "CAST", m.credits().cast(), n, now);
                addCredits(ps, m.id(), "CREW", m.credits().crew(), n, now);
            }
            ps.executeBatch();
        }
    }

    private void addCredits(PreparedStatement ps, long movieId, String role, List<Credit> credits, int n,
                            Instant now) throws SQLException {
        for (int index = 0; index < credits.size(); index++) {
            Object[] values = MovieColumns.creditValues(credits.get(index));
            ps.setLong(1, movieId);
            ps.setString(2, role);
            ps.setInt(3, index);
            for (int i = 0; i < n; i++) dialect.bind(ps, i + 4, MovieColumns.CREDIT_TYPES.get(i), values[i]);
            dialect.bind(ps, n + 4, SqlType.TIMESTAMP, now);
            ps.addBatch();
        }
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
