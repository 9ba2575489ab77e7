package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import dev.boxoffice.data.PeopleSummary;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Hindi-language (Bollywood) features, from the facts the reference study pulled from the TMDB API:
 * budget, popularity, and the people aggregates (summed cast and crew popularity, star present).
 *
 * <p>The people aggregates are read from {@link Movie#people()} (the Bollywood export carries them); a film
 * known only by its credits has them missing until credits are summarised into a {@link PeopleSummary}.
 */
final class HindiFeatures {
    /** Budgets below this are unit errors in TMDB (5 meaning 5 crore rupees or $5M), as {@link Movie} flags them. */
    private static final double LOG_PLAUSIBLE_BUDGET = Math.log1p(Movie.PLAUSIBLE_MONEY_MIN_USD);

    // Medians over the 295 Hindi films 2000-2019 with budget and revenue (log1p scale): what an unknown fact
    // is taken to be, so a film missing one is scored as a typical film rather than as a zero-budget one.
    private static final double MEDIAN_LOG_BUDGET = 15.176487;       // log1p($3.9M)
    private static final double MEDIAN_LOG_POPULARITY = 2.041480;
    private static final double MEDIAN_LOG_CAST_POPULARITY = 4.227943;
    private static final double MEDIAN_LOG_CREW_POPULARITY = 3.789426;

    private HindiFeatures() {
    }

    /** The reference study's five features, raw as it used them; unknowns read as 0 as its export had them. */
    static List<Feature> reference() {
        return List.of(
                Feature.of("log_budget", true, 0.0, "log1p(budget in USD); unknown budget counts as 0 (reference rule)",
                        (m, at) -> Math.log1p(m.budgetOrZero())),
                Feature.of("popularity", false, 0.0, "TMDB popularity when the data was pulled",
                        (m, at) -> m.popularity() == null ? Double.NaN : m.popularity()),
                Feature.of("cast_popularity", false, 0.0, "sum of the TMDB popularity of the distinct cast members",
                        (m, at) -> people(m, PeopleSummary::castPopularity)),
                Feature.of("crew_popularity", false, 0.0, "sum of the TMDB popularity of the distinct crew members",
                        (m, at) -> people(m, PeopleSummary::crewPopularity)),
                Feature.of("star_present", true, 0.0, "1 when the cast includes one of the reference's seven stars",
                        (m, at) -> people(m, p -> p.starPresent() ? 1 : 0)));
    }

    /**
     * This project's Hindi model features: the same facts on a log scale (popularity sums are heavy-tailed),
     * plus the budget's excess over the plausible minimum, which lets the model give unit-error budgets
     * (where revenue is usually in the same wrong unit) their own slope.
     */
    static List<Feature> model() {
        return List.of(
                Feature.of("log_budget", true, MEDIAN_LOG_BUDGET, "log1p(budget in USD); the Hindi median when unknown",
                        (m, at) -> m.budgetUsd() == null ? Double.NaN : Math.log1p(m.budgetUsd())),
                Feature.of("log_popularity", false, MEDIAN_LOG_POPULARITY,
                        "log1p(TMDB popularity); the Hindi median when unknown",
                        (m, at) -> m.popularity() == null ? Double.NaN : Math.log1p(m.popularity())),
                Feature.of("log_cast_popularity", false, MEDIAN_LOG_CAST_POPULARITY,
                        "log1p(summed TMDB popularity of the distinct cast); the Hindi median when unknown",
                        (m, at) -> Math.log1p(people(m, PeopleSummary::castPopularity))),
                Feature.of("log_crew_popularity", false, MEDIAN_LOG_CREW_POPULARITY,
                        "log1p(summed TMDB popularity of the distinct crew); the Hindi median when unknown",
                        (m, at) -> Math.log1p(people(m, PeopleSummary::crewPopularity))),
                Feature.of("star_present", true, 0.0, "1 when the cast includes one of the reference's seven stars",
                        (m, at) -> people(m, p -> p.starPresent() ? 1 : 0)),
                Feature.of("log_budget_over_10k", true, MEDIAN_LOG_BUDGET - LOG_PLAUSIBLE_BUDGET,
                        "max(0, log_budget - log1p(10000)): budget above the plausible minimum; median when unknown",
                        (m, at) -> m.budgetUsd() == null ? Double.NaN
                                : Math.max(0, Math.log1p(m.budgetUsd()) - LOG_PLAUSIBLE_BUDGET)));
    }

    private static double people(Movie m, ToDoubleFunction<PeopleSummary> value) {
        return m.people() == null ? Double.NaN : value.applyAsDouble(m.people());
    }
}
