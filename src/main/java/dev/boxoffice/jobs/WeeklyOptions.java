package dev.boxoffice.jobs;

import dev.boxoffice.data.tmdb.DiscoverQuery;
import dev.boxoffice.data.tmdb.TmdbClient;
import java.time.LocalDate;

/**
 * Which upcoming films {@link WeeklyJob} predicts: theatrical releases (types 2|3) in [from, from + days],
 * originally in {@code language} and dated by {@code region}'s releases.
 *
 * @param from     first day of the window; null for today by the job's clock
 * @param language ISO 639-1 original language; null for every language
 * @param region   ISO 3166-1 region whose release dates count; null for the films' primary dates
 * @param dryRun   fetch and predict, but store nothing
 * @param maxPages discover pages read at most
 */
public record WeeklyOptions(LocalDate from, int days, String language, String region, boolean dryRun, int maxPages) {
    // the defaults are the reference study's weekly job: Hindi films released in Indian theatres next week
    /** Hindi. */
    public static final String DEFAULT_LANGUAGE = "hi";
    /** India's release dates. */
    public static final String DEFAULT_REGION = "IN";
    /** A week after the first day. */
    public static final int DEFAULT_DAYS = 7;
    /** Discover pages read at most; a week of one market's releases fits in one or two. */
    public static final int DEFAULT_MAX_PAGES = 20;

    public WeeklyOptions {
        if (days < 0 || days > 366) throw new IllegalArgumentException("--days must be in [0, 366], got " + days);
        if (maxPages < 1 || maxPages > TmdbClient.MAX_PAGES) {
            throw new IllegalArgumentException("maxPages must be in [1, " + TmdbClient.MAX_PAGES + "], got " + maxPages);
        }
    }

    /** Hindi theatrical releases in India over the coming week, stored. */
    public static WeeklyOptions defaults() {
        return new WeeklyOptions(null, DEFAULT_DAYS, DEFAULT_LANGUAGE, DEFAULT_REGION, false, DEFAULT_MAX_PAGES);
    }

    /** The discover query of the window starting {@code start}. */
    DiscoverQuery query(LocalDate start) {
        return new DiscoverQuery(language, null, region, null, null, start, start.plusDays(days),
                DiscoverQuery.THEATRICAL, "primary_release_date.asc");
    }
}
