package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a TMDB movie details body (optionally with appended {@code credits} and {@code keywords}) to a
 * {@link Movie} with source {@value #SOURCE}. TMDB's 0 for an unknown budget, revenue or runtime becomes
 * null, as does the vote average of a film nobody has voted on.
 */
final class MovieMapper {
    /** The {@link Movie#source()} of films read from the API. */
    static final String SOURCE = "tmdb-api";

    private MovieMapper() {
    }

    /** The film, or an {@link IllegalArgumentException} naming the field when id or both titles are missing. */
    static Movie toMovie(JsonNode d) {
        Long id = JsonFields.whole(d, "id");
        if (id == null || id <= 0) {
            throw new IllegalArgumentException("movie JSON has no positive \"id\"");
        }
        String originalTitle = JsonFields.text(d, "original_title");
        String title = JsonFields.text(d, "title");
        if (title == null && originalTitle == null) {
            throw new IllegalArgumentException("movie " + id + " JSON has neither \"title\" nor \"original_title\"");
        }
        String language = JsonFields.text(d, "original_language");
        Integer votes = JsonFields.integer(d, "vote_count");
        Double voteAverage = JsonFields.nonNegative(d, "vote_average");
        JsonNode collection = JsonFields.object(d, "belongs_to_collection");
        JsonNode credits = JsonFields.object(d, "credits");
        return Movie.builder(id, title != null ? title : originalTitle)
                .originalTitle(originalTitle)
                .originalLanguage(language)
                .releaseDate(JsonFields.date(d, "release_date"))
                .budgetUsd(JsonFields.whole(d, "budget"))
                .revenueUsd(JsonFields.whole(d, "revenue"))
                .runtimeMinutes(runtime(d))
                .popularity(JsonFields.nonNegative(d, "popularity"))
                .voteCount(votes == null || votes < 0 ? null : votes)
                .voteAverage(votes != null && votes == 0 || voteAverage == null || voteAverage > 10 ? null : voteAverage)
                .genres(JsonFields.texts(d, "genres", "name"))
                .keywords(keywords(d))
                .productionCompanies(named(JsonFields.objects(d, "production_companies")))
                .productionCountries(JsonFields.texts(d, "production_countries", "iso_3166_1"))
                .spokenLanguages(JsonFields.texts(d, "spoken_languages", "iso_639_1"))
                .collection(collection == null ? null : named(collection))
                .status(JsonFields.text(d, "status"))
                .overview(JsonFields.text(d, "overview"))
                .posterPath(JsonFields.text(d, "poster_path"))
                .imdbId(JsonFields.text(d, "imdb_id"))
                .market(marketOf(language))
                .source(SOURCE)
                .credits(credits == null ? null : CreditsMapper.toCredits(credits))
                .build();
    }

    /** {@link Movie#HINDI} for Hindi-language originals, else {@link Movie#GLOBAL}. */
    static String marketOf(String originalLanguage) {
        return Movie.HINDI.equals(originalLanguage) ? Movie.HINDI : Movie.GLOBAL;
    }

    private static Double runtime(JsonNode d) {
        Double minutes = JsonFields.number(d, "runtime");
        // 0 is TMDB's "not entered"; anything beyond a few days is a data-entry error, not a film
        return minutes == null || minutes <= 0 || minutes >= 10_000 ? null : minutes;
    }

    /** Keyword names from appended {@code keywords: {keywords: [...]}}; empty when not appended. */
    private static List<String> keywords(JsonNode d) {
        return JsonFields.texts(JsonFields.object(d, "keywords"), "keywords", "name");
    }

    private static List<Named> named(List<JsonNode> nodes) {
        List<Named> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            Named v = named(n);
            if (v != null) out.add(v);
        }
        return out;
    }

    private static Named named(JsonNode n) {
        Long id = JsonFields.whole(n, "id");
        String name = JsonFields.text(n, "name");
        return id == null || name == null ? null : new Named(id, name);
    }
}
