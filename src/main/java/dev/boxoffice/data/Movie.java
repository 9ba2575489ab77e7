package dev.boxoffice.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts TMDB knows about one film. Unknown values are null, never 0: TMDB writes 0 for an unknown
 * budget or revenue, and the readers turn that 0 into null once, so nothing downstream mistakes it for
 * a real amount. Lists are never null (empty when unknown); {@code credits} is null when the source has
 * no credits for the film, and {@code people} is null unless the source gave only people aggregates.
 */
public record Movie(
        long id,
        String title,
        String originalTitle,
        String originalLanguage,
        LocalDate releaseDate,
        Long budgetUsd,
        Long revenueUsd,
        Double runtimeMinutes,
        Double popularity,
        Double voteAverage,
        Integer voteCount,
        List<String> genres,
        List<String> keywords,
        List<Named> productionCompanies,
        List<String> productionCountries,
        List<String> spokenLanguages,
        Named collection,
        String status,
        String overview,
        String posterPath,
        String imdbId,
        String market,
        String source,
        Credits credits,
        PeopleSummary people) {

    /** Market of films outside any dedicated market model. */
    public static final String GLOBAL = "global";
    /** Market of Hindi-language films. */
    public static final String HINDI = "hi";

    public Movie {
        Objects.requireNonNull(title, "title");
        requirePositiveOrNull("budgetUsd", budgetUsd);
        requirePositiveOrNull("revenueUsd", revenueUsd);
        if (runtimeMinutes != null && !(runtimeMinutes >= 0 && runtimeMinutes < 10_000)) {
            throw new IllegalArgumentException("runtimeMinutes must be in [0, 10000), got " + runtimeMinutes);
        }
        genres = List.copyOf(genres);
        keywords = List.copyOf(keywords);
        productionCompanies = List.copyOf(productionCompanies);
        productionCountries = List.copyOf(productionCountries);
        spokenLanguages = List.copyOf(spokenLanguages);
        market = market == null ? GLOBAL : market;
    }

    private static void requirePositiveOrNull(String field, Long value) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0 or null (unknown), got " + value);
        }
    }

    /** Budget in dollars, 0 when unknown: the reference study's reading of TMDB's raw column. */
    public long budgetOrZero() {
        return budgetUsd == null ? 0 : budgetUsd;
    }

    /** Revenue in dollars, 0 when unknown: the reference study's reading of TMDB's raw column. */
    public long revenueOrZero() {
        return revenueUsd == null ? 0 : revenueUsd;
    }

    /** Below this, a budget or revenue is almost surely a unit error (5 meaning $5M), not a real amount. */
    public static final long PLAUSIBLE_MONEY_MIN_USD = 10_000;

    /** True when a known budget or revenue is under {@link #PLAUSIBLE_MONEY_MIN_USD}: flagged, never rewritten. */
    public boolean hasImplausibleMoney() {
        return (budgetUsd != null && budgetUsd < PLAUSIBLE_MONEY_MIN_USD)
                || (revenueUsd != null && revenueUsd < PLAUSIBLE_MONEY_MIN_USD);
    }

    /** The reference's hit label: revenue more than twice the budget (unknowns read as 0). */
    public boolean isHit() {
        return revenueOrZero() > 2 * budgetOrZero();
    }

    public Movie withCredits(Credits newCredits) {
        return toBuilder().credits(newCredits).build();
    }

    public Movie withMarket(String newMarket) {
        return toBuilder().market(newMarket).build();
    }

    public static Builder builder(long id, String title) {
        return new Builder(id, title);
    }

    public Builder toBuilder() {
        return new Builder(id, title).originalTitle(originalTitle).originalLanguage(originalLanguage)
                .releaseDate(releaseDate).budgetUsd(budgetUsd).revenueUsd(revenueUsd)
                .runtimeMinutes(runtimeMinutes).popularity(popularity).voteAverage(voteAverage)
                .voteCount(voteCount).genres(genres).keywords(keywords)
                .productionCompanies(productionCompanies).productionCountries(productionCountries)
                .spokenLanguages(spokenLanguages).collection(collection).status(status)
                .overview(overview).posterPath(posterPath).imdbId(imdbId).market(market)
                .source(source).credits(credits).people(people);
    }

    /** Fills a Movie field by field; never leaves the method that creates it. */
    public static final class Builder {
        private final long id;
        private final String title;
        private String originalTitle;
        private String originalLanguage;
        private LocalDate releaseDate;
        private Long budgetUsd;
        private Long revenueUsd;
        private Double runtimeMinutes;
        private Double popularity;
        private Double voteAverage;
        private Integer voteCount;
        private List<String> genres = List.of();
        private List<String> keywords = List.of();
        private List<Named> productionCompanies = List.of();
        private List<String> productionCountries = List.of();
        private List<String> spokenLanguages = List.of();
        private Named collection;
        private String status;
        private String overview;
        private String posterPath;
        private String imdbId;
        private String market = GLOBAL;
        private String source;
        private Credits credits;
        private PeopleSummary people;

        private Builder(long id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder originalTitle(String v) { originalTitle = v; return this; }
        public Builder originalLanguage(String v) { originalLanguage = v; return this; }
        public Builder releaseDate(LocalDate v) { releaseDate = v; return this; }
        /** Sets the budget; 0 or less means unknown and is stored as null. */
        public Builder budgetUsd(Long v) { budgetUsd = v == null || v <= 0 ? null : v; return this; }
        /** Sets the revenue; 0 or less means unknown and is stored as null. */
        public Builder revenueUsd(Long v) { revenueUsd = v == null || v <= 0 ? null : v; return this; }
        public Builder runtimeMinutes(Double v) { runtimeMinutes = v; return this; }
        public Builder popularity(Double v) { popularity = v; return this; }
        public Builder voteAverage(Double v) { voteAverage = v; return this; }
        public Builder voteCount(Integer v) { voteCount = v; return this; }
        public Builder genres(List<String> v) { genres = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder productionCompanies(List<Named> v) { productionCompanies = v; return this; }
        public Builder productionCountries(List<String> v) { productionCountries = v; return this; }
        public Builder spokenLanguages(List<String> v) { spokenLanguages = v; return this; }
        public Builder collection(Named v) { collection = v; return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder overview(String v) { overview = v; return this; }
        public Builder posterPath(String v) { posterPath = v; return this; }
        public Builder imdbId(String v) { imdbId = v; return this; }
        public Builder market(String v) { market = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder credits(Credits v) { credits = v; return this; }
        public Builder people(PeopleSummary v) { people = v; return this; }

        public Movie build() {
            return new Movie(id, title, originalTitle, originalLanguage, releaseDate, budgetUsd, revenueUsd,
                    runtimeMinutes, popularity, voteAverage, voteCount, genres, keywords, productionCompanies,
                    productionCountries, spokenLanguages, collection, status, overview, posterPath, imdbId,
                    market, source, credits, people);
        }
    }
}
