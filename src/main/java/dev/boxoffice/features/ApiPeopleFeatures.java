package dev.boxoffice.features;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.PeopleSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reference Bollywood study's people features from the TMDB API: {@code cast_popularity} and
 * {@code crew_popularity} (the summed TMDB popularity of the distinct people in the cast or crew) and
 * {@code star_present} (1 when a listed star is in the cast). Not part of any FeatureSet v1: feature sets
 * that want them call {@link #summarize(Movie, StarList)}, so the file and API paths compute them one way.
 */
public final class ApiPeopleFeatures {
    /** The persisted feature names, in the reference's order. */
    public static final List<String> NAMES = List.of("cast_popularity", "crew_popularity", "star_present");

    private ApiPeopleFeatures() {
    }

    /**
     * The film's people aggregates: computed from its credits when at least one credited person carries a
     * TMDB popularity (API credits do; the Kaggle CSV's do not), else the aggregates the source gave
     * ({@link Movie#people()}, e.g. the Bollywood CSV), else null (unknown).
     *
     * <p>People are distinct by credited name within the cast and within the crew, exactly as the reference
     * summed them: a director who also produced counts once in the crew, and once more if also in the cast.
     * A person without a known popularity adds 0.
     */
    public static PeopleSummary summarize(Movie movie, StarList stars) {
        Objects.requireNonNull(movie, "movie");
        Objects.requireNonNull(stars, "stars");
        if (movie.credits() != null && hasPopularity(movie)) {
            boolean star = movie.credits().cast().stream().anyMatch(c -> stars.contains(c.name()));
            return new PeopleSummary(distinctPopularity(movie.credits().cast()),
                    distinctPopularity(movie.credits().crew()), star);
        }
        return movie.people();
    }

    /** The three features of a summary in {@link #NAMES} order; NaN for each when the summary is null. */
    public static double[] values(PeopleSummary summary) {
        if (summary == null) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        return new double[] {summary.castPopularity(), summary.crewPopularity(), summary.starPresent() ? 1 : 0};
    }

    private static boolean hasPopularity(Movie movie) {
        return movie.credits().cast().stream().anyMatch(c -> c.popularity() != null)
                || movie.credits().crew().stream().anyMatch(c -> c.popularity() != null);
    }

    private static double distinctPopularity(List<Credit> credits) {
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (Credit c : credits) {
            if (seen.add(c.name()) && c.popularity() != null) sum += c.popularity();
        }
        return sum;
    }
}
