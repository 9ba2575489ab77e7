package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.util.List;

/**
 * A sequel read the way a distributor reads it: by what the latest earlier installment earned and returned on
 * its budget, and by the franchise's best. A pooled mean (franchise_prior_log_revenue) blurs a series whose
 * last film flopped into one that peaked. A film with no earlier installment takes 0 for all three, below every
 * real log revenue, so trees separate it exactly instead of confusing it with an average franchise.
 */
final class FranchiseFeatures {
    private FranchiseFeatures() {
    }

    static List<Feature> preRelease() {
        return List.of(
                Feature.of("franchise_last_log_revenue", true, 0, "log1p(revenue) of the franchise's latest earlier"
                        + " film; 0 when there is none", (m, at) -> latest(m, at, false)),
                Feature.of("franchise_best_log_revenue", true, 0, "log1p(revenue) of the franchise's best-earning"
                        + " earlier film; 0 when there is none", FranchiseFeatures::best),
                Feature.of("franchise_last_log_roi", true, 0, "log(revenue/budget) of the franchise's latest earlier"
                        + " film; 0 (break-even) when there is none or its budget is unknown",
                        (m, at) -> latest(m, at, true)));
    }

    private static double latest(Movie m, PointInTime at, boolean roi) {
        int n = at.franchiseFilmsBefore(m);
        if (n == 0) return Double.NaN;
        Timeline t = at.franchise(m);
        return roi ? t.logRoi(n - 1) : t.logRevenue(n - 1);
    }

    private static double best(Movie m, PointInTime at) {
        int n = at.franchiseFilmsBefore(m);
        if (n == 0) return Double.NaN;
        Timeline t = at.franchise(m);
        double best = t.logRevenue(0);
        for (int k = 1; k < n; k++) best = Math.max(best, t.logRevenue(k));
        return best;
    }
}
