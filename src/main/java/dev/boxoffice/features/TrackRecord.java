package dev.boxoffice.features;

/**
 * What a person, company or franchise had achieved before a date: how many released films with a known
 * revenue, and the sums of their log1p(revenue) and log return on budget (over films with a known budget).
 */
public record TrackRecord(int films, double sumLogRevenue, int filmsWithBudget, double sumLogRoi) {
    public static final TrackRecord NONE = new TrackRecord(0, 0, 0, 0);

    public TrackRecord {
        if (films < 0 || filmsWithBudget < 0) throw new IllegalArgumentException("counts must be >= 0");
    }

    public TrackRecord plus(TrackRecord other) {
        return new TrackRecord(films + other.films, sumLogRevenue + other.sumLogRevenue,
                filmsWithBudget + other.filmsWithBudget, sumLogRoi + other.sumLogRoi);
    }

    /**
     * Mean log revenue shrunk toward a prior: (sum + weight * prior) / (films + weight), so one lucky film
     * does not make a record, and no films at all gives the prior.
     */
    public double shrunkMeanLogRevenue(double prior, double weight) {
        return (sumLogRevenue + weight * prior) / (films + weight);
    }

    /** Mean log(revenue / budget) shrunk toward a prior, as {@link #shrunkMeanLogRevenue}. */
    public double shrunkMeanLogRoi(double prior, double weight) {
        return (sumLogRoi + weight * prior) / (filmsWithBudget + weight);
    }
}
