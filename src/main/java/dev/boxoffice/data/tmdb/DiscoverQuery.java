package dev.boxoffice.data.tmdb;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Filters of {@code /discover/movie}; null means "no filter". {@code release*} dates and
 * {@code releaseTypes} follow {@code region}'s release dates when a region is set, while
 * {@code primaryRelease*} dates look only at a film's single primary date. Adult titles are excluded.
 *
 * @param originalLanguage ISO 639-1 code, e.g. {@code hi}
 * @param originCountry    ISO 3166-1 code of the producing country, e.g. {@code IN}
 * @param region           ISO 3166-1 code whose release dates the release filters use, e.g. {@code IN}
 * @param releaseTypes     TMDB release types, {@code |} for OR and {@code ,} for AND, e.g. {@code 2|3} (theatrical)
 * @param sortBy           e.g. {@code popularity.desc} (the default) or {@code primary_release_date.asc}
 */
public record DiscoverQuery(String originalLanguage, String originCountry, String region,
                            LocalDate primaryReleaseFrom, LocalDate primaryReleaseTo,
                            LocalDate releaseFrom, LocalDate releaseTo, String releaseTypes, String sortBy) {

    /** Release types 2 (limited theatrical) or 3 (theatrical). */
    public static final String THEATRICAL = "2|3";
    public static final String DEFAULT_SORT = "popularity.desc";
    /** TMDB's documented sort fields; each takes {@code .asc} or {@code .desc}. */
    public static final Set<String> SORT_FIELDS = Set.of("popularity", "primary_release_date", "revenue",
            "vote_average", "vote_count", "title", "original_title");
    /** Every film, most popular first. */
    public static final DiscoverQuery ANY = new DiscoverQuery(null, null, null, null, null, null, null, null, null);

    public DiscoverQuery {
        originalLanguage = code("originalLanguage", originalLanguage, "[a-z]{2}", false);
        originCountry = code("originCountry", originCountry, "[A-Z]{2}", true);
        region = code("region", region, "[A-Z]{2}", true);
        requireOrdered("primaryRelease", primaryReleaseFrom, primaryReleaseTo);
        requireOrdered("release", releaseFrom, releaseTo);
        if (releaseTypes != null && !releaseTypes.matches("[1-6]([|,][1-6])*")) {
            throw new IllegalArgumentException("releaseTypes must be types 1-6 joined by '|' or ',', got " + releaseTypes);
        }
        sortBy = sortBy == null ? DEFAULT_SORT : sortBy;
        int dot = sortBy.lastIndexOf('.');
        if (dot < 0 || !SORT_FIELDS.contains(sortBy.substring(0, dot))
                || !(sortBy.endsWith(".asc") || sortBy.endsWith(".desc"))) {
            throw new IllegalArgumentException("sortBy must be one of " + SORT_FIELDS + " + .asc/.desc, got " + sortBy);
        }
    }

    /** Hindi films with a theatrical release in India between the dates: the weekly upcoming-releases query. */
    public static DiscoverQuery hindiTheatricalInIndia(LocalDate from, LocalDate to) {
        return new DiscoverQuery("hi", null, "IN", null, null, from, to, THEATRICAL, "primary_release_date.asc");
    }

    /** Films whose primary release falls in the years {@code fromYear..toYear} (inclusive). */
    public static DiscoverQuery releasedInYears(int fromYear, int toYear) {
        if (fromYear < 1870 || toYear > 9999) {
            throw new IllegalArgumentException("years must be in [1870, 9999], got " + fromYear + ".." + toYear);
        }
        return ANY.withPrimaryReleaseBetween(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /** This query restricted to films originally in {@code language} (ISO 639-1). */
    public DiscoverQuery withOriginalLanguage(String language) {
        return new DiscoverQuery(language, originCountry, region, primaryReleaseFrom, primaryReleaseTo,
                releaseFrom, releaseTo, releaseTypes, sortBy);
    }

    /** This query restricted to films produced in {@code country} (ISO 3166-1). */
    public DiscoverQuery withOriginCountry(String country) {
        return new DiscoverQuery(originalLanguage, country, region, primaryReleaseFrom, primaryReleaseTo,
                releaseFrom, releaseTo, releaseTypes, sortBy);
    }

    /** This query with release filters applied to {@code newRegion}'s release dates (ISO 3166-1). */
    public DiscoverQuery withRegion(String newRegion) {
        return new DiscoverQuery(originalLanguage, originCountry, newRegion, primaryReleaseFrom, primaryReleaseTo,
                releaseFrom, releaseTo, releaseTypes, sortBy);
    }

    /** This query restricted to primary release dates in [from, to]; either may be null (open). */
    public DiscoverQuery withPrimaryReleaseBetween(LocalDate from, LocalDate to) {
        return new DiscoverQuery(originalLanguage, originCountry, region, from, to, releaseFrom, releaseTo,
                releaseTypes, sortBy);
    }

    /** Release window (per {@code region} when set) and release types, e.g. {@link #THEATRICAL}. */
    public DiscoverQuery withReleaseBetween(LocalDate from, LocalDate to, String types) {
        return new DiscoverQuery(originalLanguage, originCountry, region, primaryReleaseFrom, primaryReleaseTo,
                from, to, types, sortBy);
    }

    /** This query sorted by {@code sort}, e.g. {@code primary_release_date.asc}. */
    public DiscoverQuery withSortBy(String sort) {
        return new DiscoverQuery(originalLanguage, originCountry, region, primaryReleaseFrom, primaryReleaseTo,
                releaseFrom, releaseTo, releaseTypes, sort);
    }

    /** The query parameters in a fixed order, without {@code page} and without credentials. */
    public Map<String, String> toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "with_original_language", originalLanguage);
        put(p, "with_origin_country", originCountry);
        put(p, "region", region);
        put(p, "primary_release_date.gte", primaryReleaseFrom);
        put(p, "primary_release_date.lte", primaryReleaseTo);
        put(p, "release_date.gte", releaseFrom);
        put(p, "release_date.lte", releaseTo);
        put(p, "with_release_type", releaseTypes);
        p.put("sort_by", sortBy);
        p.put("include_adult", "false");
        return p;
    }

    private static void put(Map<String, String> p, String name, Object value) {
        if (value != null) p.put(name, value.toString());
    }

    private static String code(String field, String value, String pattern, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = upper ? value.strip().toUpperCase(Locale.ROOT) : value.strip().toLowerCase(Locale.ROOT);
        if (!v.matches(pattern)) {
            throw new IllegalArgumentException(field + " must be a two-letter ISO code, got " + value);
        }
        return v;
    }

    private static void requireOrdered(String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException(field + "From must be <= " + field + "To, got " + from + " > " + to);
        }
    }
}
