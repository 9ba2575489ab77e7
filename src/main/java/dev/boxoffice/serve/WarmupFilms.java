package dev.boxoffice.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * The films the warm-up asks about, in the three shapes clients send: the reference API's request (runtime,
 * popularity, vote_avg, budget), a pre-release film with date, genres, language and people, and a bare
 * pre-release film. Their numbers and dates vary as clients' do: the same few films over and over would let the
 * JIT compile every branch they never take (a tree's other side, a number's other width) as a trap that the
 * first real films then spring. Variant 0 of the reference shape is the reference request itself.
 */
final class WarmupFilms {
    /** How many variants of each shape there are. */
    static final int VARIANTS = 64;
    /** How many shapes there are; film {@code j} of {@link #all} has shape {@code j % SHAPES}. */
    static final int SHAPES = 3;
    private static final List<String> GENRES = List.of("Action", "Adventure", "Animation", "Comedy", "Crime",
            "Drama", "Family", "Fantasy", "Horror", "Romance", "Science Fiction", "Thriller");
    private static final List<String> ALL = build();

    private WarmupFilms() {
    }

    /** Every film as a JSON object, shapes interleaved: reference, pre-release, bare, reference, ... */
    static List<String> all() {
        return ALL;
    }

    private static List<String> build() {
        List<String> films = new ArrayList<>(VARIANTS * SHAPES);
        for (int k = 0; k < VARIANTS; k++) {
            films.add(reference(k));
            films.add(preRelease(k));
            films.add(bare(k));
        }
        return List.copyOf(films);
    }

    /** A JSON array of {@code size} films drawn from {@link #all}, shapes mixed as in a spreadsheet of films. */
    static String batch(int size) {
        List<String> films = ALL;
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) b.append(',');
            b.append(films.get((i * 7) % films.size()));
        }
        return b.append(']').toString();
    }

    static String reference(int k) {
        if (k == 0) return "{\"runtime\": 120, \"popularity\": 50.5, \"vote_avg\": 7.2, \"budget\": 100000000}";
        return "{\"runtime\": " + (80 + k * 37 % 100) + ", \"popularity\": " + (k * 53 % 1500 / 10.0 + 0.5)
                + ", \"vote_avg\": " + (k * 7 % 101 / 10.0) + ", \"budget\": " + budget(k) + "}";
    }

    static String preRelease(int k) {
        return "{\"runtime\": " + (90 + k * 29 % 90) + ", \"budget\": " + budget(k + 11) + ", \"release_date\": \""
                + date(k) + "\", \"genres\": [" + genres(k, 1 + k % 3) + "], \"original_language\": \""
                + (k % 5 == 4 ? "fr" : "en") + "\", \"cast\": [{\"name\": \"Warm Up " + k % 4 + "\"}],"
                + " \"crew\": [{\"name\": \"Warm Up\", \"job\": \"Director\"}]}";
    }

    static String bare(int k) {
        return "{\"runtime\": " + (75 + k * 13 % 80) + ", \"budget\": " + budget(k + 23) + ", \"release_date\": \""
                + date(k + 5) + "\", \"genres\": [" + genres(k + 3, 1) + "]}";
    }

    /** From $1M to $300M. */
    private static long budget(int k) {
        return 1_000_000L + k * 4_999_999L % 299_000_000L;
    }

    private static String date(int k) {
        return String.format("%04d-%02d-%02d", 2026 + k % 3, 1 + k * 5 % 12, 1 + k * 11 % 28);
    }

    private static String genres(int k, int count) {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g < count; g++) {
            if (g > 0) b.append(", ");
            b.append('"').append(GENRES.get((k + g * 5) % GENRES.size())).append('"');
        }
        return b.toString();
    }
}
