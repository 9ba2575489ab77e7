package dev.boxoffice.jobs;

import dev.boxoffice.data.tmdb.DiscoverQuery;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.features.StarList;
import java.util.Objects;

/**
 * What {@link TmdbIngestJob} collects: films whose primary release falls in {@code fromYear..toYear},
 * optionally only those originally in {@code language} and dated by {@code region}'s releases.
 *
 * @param language        ISO 639-1 original language, e.g. {@code hi}; null for every language
 * @param region          ISO 3166-1 region, e.g. {@code IN}; null for none
 * @param maxPagesPerYear discover pages read per year (TMDB serves at most 500 of 20 films)
 * @param batchSize       films per store transaction: a kill loses at most this many fetched films
 * @param stars           the names behind {@code star_present}
 */
public record TmdbIngestOptions(int fromYear, int toYear, String language, String region, int maxPagesPerYear,
                                int batchSize, StarList stars) {
    public static final int DEFAULT_BATCH_SIZE = 20;

    public TmdbIngestOptions {
        if (fromYear > toYear) throw new IllegalArgumentException("--from-year must be <= --to-year, got " + fromYear + " > " + toYear);
        DiscoverQuery.releasedInYears(fromYear, toYear); // validates the year range
        if (maxPagesPerYear < 1 || maxPagesPerYear > TmdbClient.MAX_PAGES) {
            throw new IllegalArgumentException("maxPagesPerYear must be in [1, " + TmdbClient.MAX_PAGES + "], got " + maxPagesPerYear);
        }
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        Objects.requireNonNull(stars, "stars");
    }

    /** Every page of every year, small batches, the reference's stars. */
    public static TmdbIngestOptions of(int fromYear, int toYear, String language, String region) {
        return new TmdbIngestOptions(fromYear, toYear, language, region, TmdbClient.MAX_PAGES, DEFAULT_BATCH_SIZE,
                StarList.BOLLYWOOD);
    }

    /** The discover query of one year. */
    DiscoverQuery query(int year) {
        return DiscoverQuery.releasedInYears(year, year).withOriginalLanguage(language).withRegion(region);
    }
}
