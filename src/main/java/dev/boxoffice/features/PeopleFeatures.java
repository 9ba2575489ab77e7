package dev.boxoffice.features;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Who makes a film and what they made before: the point-in-time track records of the billed cast, the
 * director, the production companies and the franchise. Cast and crew sizes are left out on purpose: TMDB's
 * crew lists keep growing after release, so an upcoming film (or a file without credits) would look small.
 */
final class PeopleFeatures {
    private PeopleFeatures() {
    }

    static List<Feature> preRelease() {
        return List.of(
                Feature.of("credits_known", true, 0, "1 when cast and crew are known",
                        (m, at) -> m.credits() == null ? 0 : 1),
                Feature.of("cast_prior_films", true, 2.64,
                        "log1p(earlier films with known revenue of the top-billed cast, summed); the median 2.64 when the"
                                + " credits are unknown",
                        (m, at) -> m.credits() == null ? Double.NaN : Math.log1p(castRecord(m, at).films())),
                Feature.of("cast_prior_log_revenue", true, PointInTime.FALLBACK_LOG_REVENUE,
                        "mean log revenue of the top-billed cast's earlier films, shrunk to all earlier films",
                        (m, at) -> castRecord(m, at).shrunkMeanLogRevenue(at.priorLogRevenue(), PointInTime.SHRINK_WEIGHT)),
                Feature.of("cast_best_log_revenue", true, PointInTime.FALLBACK_LOG_REVENUE,
                        "best shrunk mean log revenue among the top-billed cast: the star",
                        PeopleFeatures::castBest),
                Feature.of("director_prior_films", true, 0.69, "log1p(the director's earlier films with known revenue);"
                                + " the median 0.69 when the credits are unknown",
                        (m, at) -> m.credits() == null ? Double.NaN : Math.log1p(directorRecord(m, at).films())),
                Feature.of("director_prior_log_revenue", true, PointInTime.FALLBACK_LOG_REVENUE,
                        "mean log revenue of the director's earlier films, shrunk to all earlier films",
                        (m, at) -> directorRecord(m, at).shrunkMeanLogRevenue(at.priorLogRevenue(), PointInTime.SHRINK_WEIGHT)),
                Feature.of("director_prior_log_roi", true, 0,
                        "mean log(revenue/budget) of the director's earlier films, shrunk to all earlier films",
                        (m, at) -> directorRecord(m, at).shrunkMeanLogRoi(at.priorLogRoi(), PointInTime.SHRINK_WEIGHT)),
                Feature.of("company_prior_films", true, 3.54, "log1p(earlier films of the production companies, summed);"
                                + " the median 3.54 when no company is listed",
                        (m, at) -> m.productionCompanies().isEmpty() ? Double.NaN : Math.log1p(companyRecord(m, at).films())),
                Feature.of("company_prior_log_revenue", true, PointInTime.FALLBACK_LOG_REVENUE,
                        "mean log revenue of the companies' earlier films, shrunk to all earlier films",
                        (m, at) -> companyRecord(m, at).shrunkMeanLogRevenue(at.priorLogRevenue(), PointInTime.SHRINK_WEIGHT)),
                Feature.of("franchise_prior_films", true, 0, "earlier films of the same collection or title stem",
                        (m, at) -> at.franchiseRecord(m).films()),
                Feature.of("franchise_prior_log_revenue", true, PointInTime.FALLBACK_LOG_REVENUE,
                        "mean log revenue of the franchise's earlier films, shrunk to all earlier films",
                        (m, at) -> at.franchiseRecord(m)
                                .shrunkMeanLogRevenue(at.priorLogRevenue(), PointInTime.SHRINK_WEIGHT)),
                Feature.of("in_collection", true, 0, "1 when TMDB lists the film in a collection, or it has a 'sequel' keyword",
                        (m, at) -> m.collection() != null || m.keywords().contains("sequel") ? 1 : 0));
    }

    private static TrackRecord castRecord(Movie m, PointInTime at) {
        return billedCast(m).stream().map(c -> at.history().castMember(c.personId(), at.asOf()))
                .reduce(TrackRecord.NONE, TrackRecord::plus);
    }

    private static double castBest(Movie m, PointInTime at) {
        double prior = at.priorLogRevenue();
        double best = Double.NaN;
        for (Credit c : billedCast(m)) {
            TrackRecord r = at.history().castMember(c.personId(), at.asOf());
            if (r.films() == 0) continue;
            double v = r.shrunkMeanLogRevenue(prior, PointInTime.SHRINK_WEIGHT);
            best = Double.isNaN(best) ? v : Math.max(best, v);
        }
        return Double.isNaN(best) ? prior : best;
    }

    private static TrackRecord directorRecord(Movie m, PointInTime at) {
        if (m.credits() == null) return TrackRecord.NONE;
        return sum(m.credits().crewWithJob("Director"), (c, a) -> a.history().director(c.personId(), a.asOf()), at);
    }

    private static TrackRecord companyRecord(Movie m, PointInTime at) {
        TrackRecord total = TrackRecord.NONE;
        for (Named company : m.productionCompanies()) total = total.plus(at.history().company(company.id(), at.asOf()));
        return total;
    }

    private static List<Credit> billedCast(Movie m) {
        if (m.credits() == null) return List.of();
        return m.credits().cast().stream()
                .filter(c -> c.castOrder() == null || c.castOrder() < FilmHistory.BILLED_CAST)
                .limit(FilmHistory.BILLED_CAST).toList();
    }

    private static TrackRecord sum(List<Credit> people, BiFunction<Credit, PointInTime, TrackRecord> record,
                                   PointInTime at) {
        TrackRecord total = TrackRecord.NONE;
        for (Credit c : people) total = total.plus(record.apply(c, at));
        return total;
    }
}
