package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.util.ArrayList;
import java.util.List;

/** What a film is and where it comes from: genres, original language, production countries and companies. */
final class ContentFeatures {
    /** Languages with enough films in TMDB to earn a flag of their own; the rest share lang_other. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "ja", "zh", "ko", "hi", "ru");
    private static final List<String> COUNTRIES = List.of("US", "GB", "FR", "DE", "CA", "IN", "CN", "JP");

    private ContentFeatures() {
    }

    /** A flag per genre, for the given genres. */
    static List<Feature> genreFlags(List<String> genres) {
        List<Feature> out = new ArrayList<>();
        for (String g : genres) {
            out.add(Feature.of(Genres.featureName(g), true, 0, "1 when a genre is " + g,
                    (m, at) -> m.genres().contains(g) ? 1 : 0));
        }
        return out;
    }

    static List<Feature> preRelease() {
        List<Feature> out = new ArrayList<>(genreFlags(Genres.ALL));
        out.add(Feature.of("genre_count", true, 3, "number of genres; 3 (the median) when none is listed",
                (m, at) -> countOrUnknown(m.genres().size())));
        for (String lang : LANGUAGES) {
            out.add(Feature.of("lang_" + lang, true, 0, "1 when the original language is " + lang,
                    (m, at) -> lang.equals(m.originalLanguage()) ? 1 : 0));
        }
        out.add(Feature.of("lang_other", true, 0, "1 when the original language is known and has no flag of its own",
                (m, at) -> m.originalLanguage() != null && !m.originalLanguage().isBlank()
                        && !LANGUAGES.contains(m.originalLanguage()) ? 1 : 0));
        for (String country : COUNTRIES) {
            out.add(Feature.of("country_" + country.toLowerCase(java.util.Locale.ROOT), true, 0,
                    "1 when " + country + " is a production country",
                    (m, at) -> m.productionCountries().contains(country) ? 1 : 0));
        }
        out.add(Feature.of("country_count", true, 1, "number of production countries; 1 (the median) when none is listed",
                (m, at) -> countOrUnknown(m.productionCountries().size())));
        out.add(Feature.of("company_count", true, 3, "number of production companies; 3 (the median) when none is listed",
                (m, at) -> countOrUnknown(m.productionCompanies().size())));
        out.add(Feature.of("runtime", true, 105, "runtime in minutes; 105 when unknown",
                (m, at) -> runtime(m)));
        out.add(Feature.of("runtime_known", true, 0, "1 when the runtime is known",
                (m, at) -> Double.isNaN(runtime(m)) ? 0 : 1));
        return out;
    }

    /** An empty TMDB list means nobody entered it, not that there are none: unknown, so the median applies. */
    private static double countOrUnknown(int size) {
        return size == 0 ? Double.NaN : size;
    }

    /** Runtime in minutes; TMDB's 0 means unknown. */
    static double runtime(Movie m) {
        return m.runtimeMinutes() == null || m.runtimeMinutes() <= 0 ? Double.NaN : m.runtimeMinutes();
    }
}
