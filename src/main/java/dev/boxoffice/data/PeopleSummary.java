package dev.boxoffice.data;

/**
 * Aggregates of a film's people as the reference Bollywood study computed them from the TMDB API:
 * the summed popularity of distinct cast and crew members, and whether a listed star is in the cast.
 * Used where a source gives the aggregates but not the credits themselves.
 */
public record PeopleSummary(double castPopularity, double crewPopularity, boolean starPresent) {
    public PeopleSummary {
        if (!(castPopularity >= 0)) throw new IllegalArgumentException("castPopularity must be >= 0, got " + castPopularity);
        if (!(crewPopularity >= 0)) throw new IllegalArgumentException("crewPopularity must be >= 0, got " + crewPopularity);
    }
}
