package dev.boxoffice.features;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.features.FilmHistory.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Track records of a film's team, one role at a time (top-billed cast, directors, writers, producers,
 * production companies), all point-in-time: how much the team has done (summed, and its busiest member),
 * how its films earned (pooled, its best member, its return on budget) and what its latest film earned. An
 * unknown team (no credits, no companies listed) takes the median count and the prior of all earlier films,
 * never 0 read as "nobody".
 */
final class TeamFeatures {
    /** Which aggregates of a role's records become features. */
    enum Kind { PRIOR_FILMS, MOST_PRIOR_FILMS, PRIOR_LOG_REVENUE, BEST_LOG_REVENUE, PRIOR_LOG_ROI, LAST_LOG_REVENUE }

    private TeamFeatures() {
    }

    /**
     * The features of one role, named {@code <prefix>_<kind>} (e.g. writer_prior_films).
     *
     * @param medianFilms the log1p film count an unknown team takes, for the two count kinds
     */
    static List<Feature> of(Role role, String prefix, double medianFilms, List<Kind> kinds) {
        List<Feature> out = new ArrayList<>();
        for (Kind kind : kinds) {
            String name = prefix + "_" + kind.name().toLowerCase(java.util.Locale.ROOT);
            out.add(switch (kind) {
                case PRIOR_FILMS -> Feature.of(name, true, medianFilms, "log1p(earlier films with known revenue of the "
                        + prefix + "s, summed); the median when unknown", (m, at) -> films(role, m, at, false));
                case MOST_PRIOR_FILMS -> Feature.of(name, true, medianFilms, "log1p(earlier films of the " + prefix
                        + " with the most); the median when unknown", (m, at) -> films(role, m, at, true));
                case PRIOR_LOG_REVENUE -> Feature.of(name, true, PointInTime.FALLBACK_LOG_REVENUE, "mean log revenue of the "
                        + prefix + "s' earlier films, shrunk to all earlier films", (m, at) -> pooled(role, m, at)
                        .shrunkMeanLogRevenue(at.priorLogRevenue(), PointInTime.SHRINK_WEIGHT));
                case BEST_LOG_REVENUE -> Feature.of(name, true, PointInTime.FALLBACK_LOG_REVENUE, "best shrunk mean log"
                        + " revenue among the " + prefix + "s (one without earlier films counts as the prior)",
                        (m, at) -> best(role, m, at));
                case PRIOR_LOG_ROI -> Feature.of(name, true, 0, "mean log(revenue/budget) of the " + prefix
                        + "s' earlier films, shrunk to break-even (0)", (m, at) -> pooled(role, m, at)
                        .shrunkMeanLogRoi(0, PointInTime.SHRINK_WEIGHT));
                case LAST_LOG_REVENUE -> Feature.of(name, true, PointInTime.FALLBACK_LOG_REVENUE, "log revenue of the "
                        + prefix + "s' latest earlier film; the mean of all earlier films when they have none",
                        (m, at) -> last(role, m, at));
            });
        }
        return out;
    }

    /** The ids of the film's team in a role, or null when the source does not say who they are. */
    static List<Long> ids(Role role, Movie m) {
        if (role == Role.COMPANY) {
            return m.productionCompanies().isEmpty() ? null : m.productionCompanies().stream().map(Named::id).toList();
        }
        if (m.credits() == null) return null;
        List<Long> ids = switch (role) {
            case CAST -> m.credits().cast().stream()
                    .filter(c -> c.castOrder() == null || c.castOrder() < FilmHistory.BILLED_CAST)
                    .limit(FilmHistory.BILLED_CAST).map(Credit::personId).toList();
            case DIRECTOR -> m.credits().crewWithJob("Director").stream().map(Credit::personId).toList();
            case WRITER -> CrewRoles.writers(m.credits());
            case PRODUCER -> CrewRoles.producers(m.credits());
            case COMPANY -> throw new IllegalStateException("handled above");
        };
        return ids.isEmpty() ? null : ids;
    }

    private static TrackRecord record(Role role, long id, PointInTime at) {
        FilmHistory h = at.history();
        return switch (role) {
            case CAST -> h.castMember(id, at.asOf());
            case DIRECTOR -> h.director(id, at.asOf());
            case WRITER -> h.writer(id, at.asOf());
            case PRODUCER -> h.producer(id, at.asOf());
            case COMPANY -> h.company(id, at.asOf());
        };
    }

    private static double films(Role role, Movie m, PointInTime at, boolean most) {
        List<Long> ids = ids(role, m);
        if (ids == null) return Double.NaN;
        int total = 0, max = 0;
        for (long id : ids) {
            int n = record(role, id, at).films();
            total += n;
            max = Math.max(max, n);
        }
        return Math.log1p(most ? max : total);
    }

    private static TrackRecord pooled(Role role, Movie m, PointInTime at) {
        List<Long> ids = ids(role, m);
        TrackRecord total = TrackRecord.NONE;
        if (ids != null) for (long id : ids) total = total.plus(record(role, id, at));
        return total;
    }

    private static double best(Role role, Movie m, PointInTime at) {
        double prior = at.priorLogRevenue();
        List<Long> ids = ids(role, m);
        if (ids == null) return prior;
        double best = Double.NEGATIVE_INFINITY;
        for (long id : ids) best = Math.max(best, record(role, id, at).shrunkMeanLogRevenue(prior, PointInTime.SHRINK_WEIGHT));
        return best;
    }

    private static double last(Role role, Movie m, PointInTime at) {
        List<Long> ids = ids(role, m);
        double v = ids == null ? Double.NaN : at.history().latestLogRevenue(role, ids, at.asOf());
        return Double.isNaN(v) ? at.priorLogRevenue() : v;
    }
}
