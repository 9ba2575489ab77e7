package dev.boxoffice.store;

import static dev.boxoffice.store.SqlType.BIGINT;
import static dev.boxoffice.store.SqlType.BOOLEAN;
import static dev.boxoffice.store.SqlType.DATE;
import static dev.boxoffice.store.SqlType.DOUBLE;
import static dev.boxoffice.store.SqlType.INTEGER;
import static dev.boxoffice.store.SqlType.TEXT;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.data.PeopleSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * How a {@link Movie} and its credits map onto the columns of the movies and credits tables, in one place,
 * so that writing, reading and the content hash cannot drift apart.
 */
final class MovieColumns {
    /** The movie's own columns, in the order of {@link #values(Movie)}. */
    static final List<String> NAMES = List.of("tmdb_id", "title", "original_title", "original_language",
            "release_date", "budget_usd", "revenue_usd", "runtime_minutes", "popularity", "vote_average",
            "vote_count", "genres_json", "keywords_json", "companies_json", "countries_json",
            "spoken_languages_json", "collection_id", "collection_name", "status", "overview", "poster_path",
            "imdb_id", "market", "source", "has_credits", "cast_popularity", "crew_popularity", "star_present");
    static final List<SqlType> TYPES = List.of(BIGINT, TEXT, TEXT, TEXT, DATE, BIGINT, BIGINT, DOUBLE, DOUBLE,
            DOUBLE, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BOOLEAN,
            DOUBLE, DOUBLE, BOOLEAN);

    /** A credit's columns after (tmdb_id, role, list_index), in the order of {@link #creditValues(Credit)}. */
    static final List<String> CREDIT_NAMES = List.of("person_id", "name", "cast_order", "character_name", "job",
            "department", "gender", "popularity");
    static final List<SqlType> CREDIT_TYPES = List.of(BIGINT, TEXT, INTEGER, TEXT, TEXT, TEXT, INTEGER, DOUBLE);

    private MovieColumns() {
    }

    /** The movie's column values; lists become JSON text, an absent collection or summary become nulls. */
    static Object[] values(Movie m) {
        Named collection = m.collection();
        PeopleSummary people = m.people();
        return new Object[] {m.id(), m.title(), m.originalTitle(), m.originalLanguage(), m.releaseDate(),
            m.budgetUsd(), m.revenueUsd(), m.runtimeMinutes(), m.popularity(), m.voteAverage(), m.voteCount(),
            JsonColumns.write(m.genres()), JsonColumns.write(m.keywords()),
            JsonColumns.write(m.productionCompanies()), JsonColumns.write(m.productionCountries()),
            JsonColumns.write(m.spokenLanguages()),
            collection == null ? null : collection.id(), collection == null ? null : collection.name(),
            m.status(), m.overview(), m.posterPath(), m.imdbId(), m.market(), m.source(), m.credits() != null,
            people == null ? null : people.castPopularity(), people == null ? null : people.crewPopularity(),
            people == null ? null : people.starPresent()};
    }

    /** The movie stored as {@code v} (from {@link #values(Movie)}) with the given credits (null: unknown). */
    static Movie movie(Object[] v, Credits credits) {
        Long collectionId = (Long) v[16];
        Double castPopularity = (Double) v[25];
        return Movie.builder((Long) v[0], (String) v[1])
                .originalTitle((String) v[2]).originalLanguage((String) v[3]).releaseDate((LocalDate) v[4])
                .budgetUsd((Long) v[5]).revenueUsd((Long) v[6]).runtimeMinutes((Double) v[7])
                .popularity((Double) v[8]).voteAverage((Double) v[9]).voteCount((Integer) v[10])
                .genres(JsonColumns.read((String) v[11], JsonColumns.STRINGS))
                .keywords(JsonColumns.read((String) v[12], JsonColumns.STRINGS))
                .productionCompanies(JsonColumns.read((String) v[13], JsonColumns.NAMED))
                .productionCountries(JsonColumns.read((String) v[14], JsonColumns.STRINGS))
                .spokenLanguages(JsonColumns.read((String) v[15], JsonColumns.STRINGS))
                .collection(collectionId == null ? null : new Named(collectionId, (String) v[17]))
                .status((String) v[18]).overview((String) v[19]).posterPath((String) v[20]).imdbId((String) v[21])
                .market((String) v[22]).source((String) v[23])
                .credits(credits)
                .people(castPopularity == null ? null
                        : new PeopleSummary(castPopularity, (Double) v[26], (Boolean) v[27]))
                .build();
    }

    /** Whether the stored row {@code v} says the movie's credits are known. */
    static boolean hasCredits(Object[] v) {
        return (Boolean) v[24];
    }

    /** A credit's values after (tmdb_id, role, list_index). */
    static Object[] creditValues(Credit c) {
        return new Object[] {c.personId(), c.name(), c.castOrder(), c.character(), c.job(), c.department(),
            c.gender(), c.popularity()};
    }

    /** The credit stored as {@code v} (from {@link #creditValues(Credit)}) with the given role. */
    static Credit credit(Credit.Role role, Object[] v) {
        return new Credit((Long) v[0], (String) v[1], role, (Integer) v[2], (String) v[3], (String) v[4],
                (String) v[5], (Integer) v[6], (Double) v[7]);
    }

    /**
     * SHA-256 of everything stored about the movie, credits included: equal hashes mean nothing changed.
     * {@code values} are the movie's {@link #values(Movie)}, passed in because the caller stores them too.
     */
    static String contentHash(Movie m, Object[] values) {
        ContentHash hash = new ContentHash();
        for (Object value : values) hash.add(value);
        if (m.credits() != null) {
            hash.add(m.credits().cast().size());
            for (Credit c : m.credits().cast()) addAll(hash, creditValues(c));
            hash.add(m.credits().crew().size());
            for (Credit c : m.credits().crew()) addAll(hash, creditValues(c));
        }
        return hash.hex();
    }

    private static void addAll(ContentHash hash, Object[] values) {
        for (Object value : values) hash.add(value);
    }
}
