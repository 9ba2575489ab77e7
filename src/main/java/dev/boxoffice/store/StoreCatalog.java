package dev.boxoffice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store holds rather than the rows themselves: the registered feature groups, row counts per
 * group, and which films are stored. Runs inside the caller's (read) transaction, so one call sees one snapshot.
 */
final class StoreCatalog {
    private final Dialect dialect;

    StoreCatalog(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The registered feature groups, by name and version. */
    List<FeatureGroup> featureGroups(Connection c) throws SQLException {
        List<FeatureGroup> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, version, primary_key, event_time_column,"
                + " description FROM feature_groups ORDER BY name, version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.add(new FeatureGroup(rs.getString(1), rs.getInt(2),
                        Arrays.asList(rs.getString(3).split(",")), rs.getString(4), rs.getString(5)));
            }
        }
        return groups;
    }

    /** Row counts of {@code groups} (in that order) and of the registered model versions. */
    StoreStats stats(Connection c, List<String> groups) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String group : groups) counts.put(group, count(c, group));
        return new StoreStats(counts, count(c, "models"), dialect.jsonName());
    }

    /** The TMDB ids of every stored movie. */
    Set<Long> movieIds(Connection c) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tmdb_id FROM movies");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    /** True when no movie is stored; reads at most one row. */
    boolean hasNoMovies(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM movies")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        // table names come from constants of this package, never from input
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
