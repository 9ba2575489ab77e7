package dev.boxoffice.features;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The released films a feature may look back on, indexed by person, company and franchise. Every query
 * takes a day and sees only films released strictly before it, so a film's features never depend on
 * itself or on anything later: the point-in-time rule. Only films with a release date and a plausible
 * revenue (see {@link Movie#hasImplausibleMoney()}) count. Immutable and thread-safe.
 */
public final class FilmHistory {
    /** How many top-billed cast members of a film build their track records. */
    static final int BILLED_CAST = 5;
    /** A history with no films: every record is empty. */
    public static final FilmHistory EMPTY = of(List.of());

    private final Timeline all;
    private final Timeline budgets;
    private final Map<Long, Timeline> cast;
    private final Map<Long, Timeline> directors;
    private final Map<Long, Timeline> companies;
    private final Map<Long, Timeline> writers;
    private final Map<Long, Timeline> producers;
    private final Map<String, Timeline> franchises;
    private final int lastBudgetDay;

    private FilmHistory(Builder b) {
        all = b.all.build();
        budgets = b.budgets.build();
        cast = freeze(b.cast);
        directors = freeze(b.directors);
        companies = freeze(b.companies);
        writers = freeze(b.writers);
        producers = freeze(b.producers);
        franchises = freeze(b.franchises);
        lastBudgetDay = b.lastBudgetDay;
    }

    /** Indexes the given films; those without a release date or with unknown or implausible revenue are left out. */
    public static FilmHistory of(Collection<Movie> movies) {
        Builder b = new Builder();
        for (Movie m : movies) b.add(m);
        return new FilmHistory(b);
    }

    /** Every counted film released before the day. */
    public TrackRecord allBefore(LocalDate day) {
        return all.before(epochDay(day));
    }

    /** The release date of the latest film with a plausible budget, or null for an empty history. */
    public LocalDate lastBudgetDate() {
        return lastBudgetDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(lastBudgetDay);
    }

    /** Films with a plausible budget released in [from, before): their count and summed log1p(budget). */
    public TrackRecord budgetsBetween(LocalDate from, LocalDate before) {
        return budgets.between(epochDay(from), epochDay(before));
    }

    public TrackRecord castMember(long personId, LocalDate before) {
        return lookup(cast, personId, before);
    }

    public TrackRecord director(long personId, LocalDate before) {
        return lookup(directors, personId, before);
    }

    public TrackRecord company(long companyId, LocalDate before) {
        return lookup(companies, companyId, before);
    }

    /** Films credited to the person in the Writing department (screenplay, story, novel...). */
    public TrackRecord writer(long personId, LocalDate before) {
        return lookup(writers, personId, before);
    }

    /** Films on which the person's job was "Producer". */
    public TrackRecord producer(long personId, LocalDate before) {
        return lookup(producers, personId, before);
    }

    /**
     * The log1p(revenue) of the latest film released before the day among those of the given people or
     * companies, or NaN when none has one: what a team's last outing earned.
     */
    double latestLogRevenue(Role role, List<Long> ids, LocalDate before) {
        Map<Long, Timeline> index = switch (role) {
            case CAST -> cast;
            case DIRECTOR -> directors;
            case WRITER -> writers;
            case PRODUCER -> producers;
            case COMPANY -> companies;
        };
        int bestDay = Integer.MIN_VALUE;
        double best = Double.NaN;
        for (long id : ids) {
            Timeline t = index.get(id);
            int n = t == null ? 0 : t.countBefore(epochDay(before));
            if (n == 0) continue;
            int day = t.day(n - 1);
            double v = t.logRevenue(n - 1);
            if (day > bestDay || (day == bestDay && v > best)) {
                bestDay = day;
                best = v;
            }
        }
        return best;
    }

    /** Whose films a per-key index holds. */
    enum Role { CAST, DIRECTOR, WRITER, PRODUCER, COMPANY }

    /**
     * The franchise's films in date order: its collection's when the collection has films before the day,
     * else its title stem's (a collection new to the history may still continue a film listed without one);
     * null when the film belongs to no known franchise.
     */
    Timeline franchiseTimeline(Movie movie, LocalDate before) {
        String key = FranchiseKey.of(movie);
        Timeline byKey = key == null ? null : franchises.get(key);
        if (movie.collection() == null || (byKey != null && byKey.countBefore(epochDay(before)) > 0)) return byKey;
        String stem = FranchiseKey.titleStem(movie.title());
        return stem == null ? byKey : franchises.get(stem);
    }

    private static <K> TrackRecord lookup(Map<K, Timeline> index, K key, LocalDate before) {
        Timeline t = index.get(key);
        return t == null ? TrackRecord.NONE : t.before(epochDay(before));
    }

    static int epochDay(LocalDate day) {
        if (day == null) return Integer.MAX_VALUE;
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, day.toEpochDay()));
    }

    private static <K> Map<K, Timeline> freeze(Map<K, Timeline.Builder> builders) {
        Map<K, Timeline> out = new HashMap<>(builders.size() * 2);
        builders.forEach((k, v) -> out.put(k, v.build()));
        return Map.copyOf(out);
    }

    /** Collects entries per key; lives only inside {@link #of}. */
    private static final class Builder {
        final Timeline.Builder all = new Timeline.Builder();
        final Timeline.Builder budgets = new Timeline.Builder();
        int lastBudgetDay = Integer.MIN_VALUE;
        final Map<Long, Timeline.Builder> cast = new HashMap<>();
        final Map<Long, Timeline.Builder> directors = new HashMap<>();
        final Map<Long, Timeline.Builder> companies = new HashMap<>();
        final Map<Long, Timeline.Builder> writers = new HashMap<>();
        final Map<Long, Timeline.Builder> producers = new HashMap<>();
        final Map<String, Timeline.Builder> franchises = new HashMap<>();

        void add(Movie m) {
            if (m.releaseDate() == null) return;
            int day = epochDay(m.releaseDate());
            boolean plausibleBudget = m.budgetUsd() != null && m.budgetUsd() >= Movie.PLAUSIBLE_MONEY_MIN_USD;
            if (plausibleBudget) {
                budgets.add(day, Math.log1p(m.budgetUsd()), Double.NaN);
                lastBudgetDay = Math.max(lastBudgetDay, day);
            }
            if (m.revenueUsd() == null || m.hasImplausibleMoney()) return;
            double logRevenue = Math.log1p(m.revenueUsd());
            double logRoi = plausibleBudget ? logRevenue - Math.log1p(m.budgetUsd()) : Double.NaN;
            all.add(day, logRevenue, logRoi);
            if (m.credits() != null) {
                for (Credit c : m.credits().cast()) {
                    if (c.castOrder() != null && c.castOrder() < BILLED_CAST) {
                        cast.computeIfAbsent(c.personId(), k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
                    }
                }
                for (Credit c : m.credits().crewWithJob("Director")) {
                    directors.computeIfAbsent(c.personId(), k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
                }
                for (long id : CrewRoles.writers(m.credits())) {
                    writers.computeIfAbsent(id, k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
                }
                for (long id : CrewRoles.producers(m.credits())) {
                    producers.computeIfAbsent(id, k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
                }
            }
            for (Named company : m.productionCompanies()) {
                companies.computeIfAbsent(company.id(), k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
            }
            String key = FranchiseKey.of(m);
            if (key != null) franchises.computeIfAbsent(key, k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
            String stem = FranchiseKey.titleStem(m.title());
            if (stem != null && !stem.equals(key)) {
                franchises.computeIfAbsent(stem, k -> new Timeline.Builder()).add(day, logRevenue, logRoi);
            }
        }
    }
}
