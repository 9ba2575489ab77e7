package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which franchise a film belongs to: its TMDB collection when known, else the stem of its title with any
 * subtitle and sequel number removed ("Iron Man 2" and "Iron Man" share "iron man"). The TMDB 5000 files
 * have no collection column, so the title stem is what links their sequels.
 */
final class FranchiseKey {
    private static final Pattern SEQUEL_SUFFIX = Pattern.compile(
            "\\s+(part\\s+)?([0-9]{1,2}|ii|iii|iv|v|vi|vii|viii|ix|x|two|three|four)$");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9 ]+");

    private FranchiseKey() {
    }

    /** The franchise key of a film, or null when its title gives none. */
    static String of(Movie movie) {
        if (movie.collection() != null) return "c:" + movie.collection().id();
        return titleStem(movie.title());
    }

    /** The title's stem, prefixed "t:", or null when the stem is too short to identify anything. */
    static String titleStem(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        if (colon > 0) t = t.substring(0, colon);
        t = NON_WORD.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").trim();
        t = SEQUEL_SUFFIX.matcher(t).replaceAll("").trim();
        if (t.startsWith("the ")) t = t.substring(4);
        return t.length() < 3 ? null : "t:" + t;
    }
}
