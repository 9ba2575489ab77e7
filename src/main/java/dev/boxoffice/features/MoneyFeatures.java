package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.util.List;

/** Budget features: raw, adjusted for inflation, and relative to what films cost in the years before. */
final class MoneyFeatures {
    /** Window over which "the typical budget" of a release's time is averaged. */
    private static final int TYPICAL_BUDGET_YEARS = 3;

    private MoneyFeatures() {
    }

    /** The reference's log_budget: log1p of the budget, unknown read as 0 exactly as the reference did. */
    static Feature referenceLogBudget() {
        return Feature.of("log_budget", true, 0.0, "log1p(budget in USD); unknown budget counts as 0 (reference rule)",
                (m, at) -> Math.log1p(m.budgetOrZero()));
    }

    static List<Feature> preRelease() {
        return List.of(
                Feature.of("log_budget", true, 0.0, "log1p(budget in USD); 0 when unknown (see budget_known)",
                        (m, at) -> m.budgetUsd() == null ? Double.NaN : Math.log1p(m.budgetUsd())),
                Feature.of("budget_known", true, 0.0, "1 when the budget is known",
                        (m, at) -> m.budgetUsd() == null ? 0 : 1),
                Feature.of("budget_plausible", true, 0.0, "1 when the budget is known and at least $10,000",
                        (m, at) -> m.budgetUsd() != null && m.budgetUsd() >= Movie.PLAUSIBLE_MONEY_MIN_USD ? 1 : 0),
                Feature.of("log_budget_real", true, 0.0, "log1p(budget in constant " + UsInflation.BASE_YEAR
                                + " USD), US CPI-U; 0 when unknown",
                        (m, at) -> m.budgetUsd() == null ? Double.NaN
                                : Math.log1p(UsInflation.toBaseYear(m.budgetUsd(), yearOf(m, at)))),
                Feature.of("log_budget_vs_typical", true, 0.0,
                        "log budget minus the mean log budget of films released in the 3 years before; 0 when unknown",
                        MoneyFeatures::budgetVsTypical));
    }

    private static double budgetVsTypical(Movie m, PointInTime at) {
        if (m.budgetUsd() == null || at.asOf() == null) return Double.NaN;
        TrackRecord recent = at.history().budgetsBetween(at.asOf().minusYears(TYPICAL_BUDGET_YEARS), at.asOf());
        if (recent.films() < 10) return Double.NaN;
        return Math.log1p(m.budgetUsd()) - recent.sumLogRevenue() / recent.films();
    }

    static int yearOf(Movie m, PointInTime at) {
        if (m.releaseDate() != null) return m.releaseDate().getYear();
        return at.asOf() != null ? at.asOf().getYear() : UsInflation.BASE_YEAR;
    }
}
