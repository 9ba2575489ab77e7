package dev.boxoffice.features;

import java.util.List;
import java.util.Locale;

/** TMDB's movie genres, as named by both the TMDB 5000 files and the live API. */
public final class Genres {
    /** Every TMDB movie genre, in the order the genre flags appear in feature sets. */
    public static final List<String> ALL = List.of("Action", "Adventure", "Animation", "Comedy", "Crime",
            "Documentary", "Drama", "Family", "Fantasy", "Foreign", "History", "Horror", "Music", "Mystery",
            "Romance", "Science Fiction", "TV Movie", "Thriller", "War", "Western");

    /** The six genres the reference study's API took as flags. */
    public static final List<String> REFERENCE_SIX = List.of("Action", "Adventure", "Fantasy", "Science Fiction",
            "Thriller", "Comedy");

    private Genres() {
    }

    /** The flag's feature name: "Science Fiction" becomes "genre_science_fiction". */
    public static String featureName(String genre) {
        return "genre_" + genre.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** The canonical genre for a name in any case ("science fiction", "sci-fi" is not accepted), else null. */
    public static String canonical(String name) {
        for (String g : ALL) {
            if (g.equalsIgnoreCase(name.trim())) return g;
        }
        return null;
    }
}
