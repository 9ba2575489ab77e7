package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.time.LocalDate;
import java.util.List;

/** Budget features: raw, adjusted for inflation, and relative to what films cost in the years before. */
final class MoneyFeatures {
    /** Window over which "the typical budget" of a release's time is averaged. */
    private static final int TYPICAL_BUDGET_YEARS = 3;
    /** Name of the stated log budget, the anchor of the pre-release set. */
    static final String STATED_LOG_BUDGET = "log_budget_stated";

    private MoneyFeatures() {
    }

    /** The reference's log_budget: log1p of the budget, unknown read as 0 exactly as the reference did. */
    static Feature referenceLogBudget() {
        return Feature.of("log_budget", true, 0.0, "log1p(budget in USD); unknown budget counts as 0 (reference rule)",
                (m, at) -> Math.log1p(m.budgetOrZero()));
    }

    static List<Feature> preRelease() {
        return List.of(
                Feature.of("log_budget", true, 0.0,
                        "log1p(budget in USD); 0 when unknown or implausible (under $10,000: a unit error)",
                        (m, at) -> plausibleBudget(m) == null ? Double.NaN : Math.log1p(plausibleBudget(m))),
                Feature.of("budget_known", true, 0.0, "1 when a plausible budget (at least $10,000) is known",
                        (m, at) -> plausibleBudget(m) == null ? 0 : 1),
                Feature.of("log_budget_real", true, 0.0, "log1p(budget in constant " + UsInflation.BASE_YEAR
                                + " USD), US CPI-U; 0 when unknown or implausible",
                        (m, at) -> plausibleBudget(m) == null ? Double.NaN
                                : Math.log1p(UsInflation.toBaseYear(plausibleBudget(m), yearOf(m, at)))),
                Feature.of("log_budget_vs_typical", true, 0.0,
                        "log budget minus the mean log budget of films released in the 3 years before; 0 when unknown"
                                + " or implausible",
                        MoneyFeatures::budgetVsTypical));
    }

    /** The budget's log, median of the TMDB 5000 films (about $25M) when unknown. */
    static final double MEDIAN_LOG_BUDGET = 17.03;

    /**
     * The budget exactly as the source states it, unit errors included: the anchor of the pre-release models'
     * straight line, which, fitted on every film, reads a tiny stated budget as a tiny film.
     */
    static Feature statedLogBudget() {
        return Feature.of(STATED_LOG_BUDGET, true, MEDIAN_LOG_BUDGET, "log1p(budget in USD as stated, even under"
                        + " $10,000); the median 17.03 (about $25M) when unknown",
                (m, at) -> m.budgetUsd() == null ? Double.NaN : Math.log1p(m.budgetUsd()));
    }

    private static double budgetVsTypical(Movie m, PointInTime at) {
        Long budget = plausibleBudget(m);
        if (budget == null || at.asOf() == null) return Double.NaN;
        TrackRecord recent = at.history().budgetsBetween(at.asOf().minusYears(TYPICAL_BUDGET_YEARS), at.asOf());
        if (recent.films() < 10 && at.history().lastBudgetDate() != null && at.asOf().isAfter(at.history().lastBudgetDate())) {
            // a film after the history ends is compared with the latest years the history knows
            LocalDate end = at.history().lastBudgetDate().plusDays(1);
            recent = at.history().budgetsBetween(end.minusYears(TYPICAL_BUDGET_YEARS), end);
        }
        if (recent.films() < 10) return Double.NaN;
        return Math.log1p(budget) - recent.sumLogRevenue() / recent.films();
    }

    /**
     * The budget when it is plausible, else null: TMDB's unit errors (5 meaning $5M) would otherwise teach a
     * model that tiny budgets mean tiny revenue. The stored value is never rewritten; only this reading is.
     */
    static Long plausibleBudget(Movie m) {
        Long b = m.budgetUsd();
        return b != null && b >= Movie.PLAUSIBLE_MONEY_MIN_USD ? b : null;
    }

    static int yearOf(Movie m, PointInTime at) {
        if (m.releaseDate() != null) return m.releaseDate().getYear();
        return at.asOf() != null ? at.asOf().getYear() : UsInflation.BASE_YEAR;
    }
}
