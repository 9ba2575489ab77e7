package dev.boxoffice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Finds stored films whose title contains some text, ignoring case: the exact title, then those starting with it. */
final class TitleSearch {
    // '!' escapes the LIKE wildcards a user may type; popularity IS NULL sorts the unknowns last in both dialects
    private static final String SQL = "SELECT tmdb_id, title, release_date, poster_path FROM movies"
            + " WHERE LOWER(title) LIKE ? ESCAPE '!'"
            + " ORDER BY CASE WHEN LOWER(title) = ? THEN 0 WHEN LOWER(title) LIKE ? ESCAPE '!' THEN 1 ELSE 2 END,"
            + " CASE WHEN popularity IS NULL THEN 1 ELSE 0 END, popularity DESC, tmdb_id";

    private final Dialect dialect;

    TitleSearch(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The text to search for, stripped.
     *
     * @throws IllegalArgumentException when the text is blank or the limit is below 1
     */
    static String query(String text, int limit) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("text must not be blank");
        if (limit < 1) throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        return text.strip();
    }

    List<TitleMatch> find(Connection c, String text, int limit) throws SQLException {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        List<TitleMatch> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, "%" + escaped + "%");
            ps.setString(2, text.toLowerCase(Locale.ROOT));
            ps.setString(3, escaped + "%");
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new TitleMatch(rs.getLong(1), rs.getString(2),
                            (LocalDate) dialect.read(rs, 3, SqlType.DATE), rs.getString(4)));
                }
            }
        }
        return found;
    }
}
