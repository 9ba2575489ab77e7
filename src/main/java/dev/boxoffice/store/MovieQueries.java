package dev.boxoffice.store;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads movies with their credits, inside the caller's (read) transaction so both come from one snapshot. */
final class MovieQueries {
    private static final String MOVIE_COLUMNS = String.join(", ", MovieColumns.NAMES);
    private static final String CREDIT_COLUMNS = "c.tmdb_id, c.role, "
            + MovieColumns.CREDIT_NAMES.stream().map(n -> "c." + n).reduce((a, b) -> a + ", " + b).orElseThrow();

    private final Dialect dialect;

    MovieQueries(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Movies matching {@code where} (a condition on table movies m, with one text parameter or none). */
    List<Movie> load(Connection c, String where, String parameter) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String filter = where == null ? "" : " WHERE " + where;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MOVIE_COLUMNS + " FROM movies m" + filter
                + " ORDER BY m.tmdb_id")) {
            if (parameter != null) ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(readRow(rs, MovieColumns.TYPES, 1));
            }
        }
        Map<Long, CreditLists> credits = loadCredits(c, filter, parameter);
        List<Movie> movies = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            CreditLists lists = credits.get((Long) row[0]);
            Credits movieCredits = !MovieColumns.hasCredits(row) ? null
                    : lists == null ? Credits.EMPTY : new Credits(lists.cast, lists.crew);
            movies.add(MovieColumns.movie(row, movieCredits));
        }
        return movies;
    }

    /** The movie with TMDB id {@code id}, or null. */
    Movie find(Connection c, long id) throws SQLException {
        List<Movie> found = load(c, "m.tmdb_id = " + id, null);
        return found.isEmpty() ? null : found.get(0);
    }

    private Map<Long, CreditLists> loadCredits(Connection c, String filter, String parameter) throws SQLException {
        Map<Long, CreditLists> byMovie = new HashMap<>();
        String sql = "SELECT " + CREDIT_COLUMNS + " FROM credits c"
                + (filter.isEmpty() ? "" : " JOIN movies m ON m.tmdb_id = c.tmdb_id" + filter)
                + " ORDER BY c.tmdb_id, c.role, c.list_index";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) ps.setString(1, parameter);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long movieId = rs.getLong(1);
                    Credit.Role role = Credit.Role.valueOf(rs.getString(2));
                    Credit credit = MovieColumns.credit(role, readRow(rs, MovieColumns.CREDIT_TYPES, 3));
                    CreditLists lists = byMovie.computeIfAbsent(movieId, k -> new CreditLists());
                    (role == Credit.Role.CAST ? lists.cast : lists.crew).add(credit);
                }
            }
        }
        return byMovie;
    }

    private Object[] readRow(ResultSet rs, List<SqlType> types, int firstColumn) throws SQLException {
        Object[] values = new Object[types.size()];
        for (int i = 0; i < values.length; i++) values[i] = dialect.read(rs, firstColumn + i, types.get(i));
        return values;
    }

    /** A movie's credits while they are being collected. */
    private static final class CreditLists {
        private final List<Credit> cast = new ArrayList<>();
        private final List<Credit> crew = new ArrayList<>();
    }
}
