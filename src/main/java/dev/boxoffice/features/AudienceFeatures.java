package dev.boxoffice.features;

import java.util.List;

/** Signals that exist only once audiences have seen a film: TMDB popularity and votes. */
final class AudienceFeatures {
    private AudienceFeatures() {
    }

    /** The reference's three: runtime, popularity and vote average, unknowns as 0 as the reference read them. */
    static List<Feature> reference() {
        return List.of(
                Feature.of("runtime", true, 0, "runtime in minutes; 0 when unknown (reference rule)",
                        (m, at) -> m.runtimeMinutes() == null ? Double.NaN : m.runtimeMinutes()),
                Feature.of("popularity", false, 0, "TMDB popularity when the data was pulled",
                        (m, at) -> m.popularity() == null ? Double.NaN : m.popularity()),
                Feature.of("vote_avg", false, 0, "TMDB vote average, 0-10",
                        (m, at) -> m.voteAverage() == null ? Double.NaN : m.voteAverage()));
    }

    static List<Feature> postRelease() {
        return List.of(
                Feature.of("popularity", false, 0, "TMDB popularity when the data was pulled",
                        (m, at) -> m.popularity() == null ? Double.NaN : m.popularity()),
                Feature.of("log_popularity", false, 0, "log1p(TMDB popularity)",
                        (m, at) -> m.popularity() == null ? Double.NaN : Math.log1p(m.popularity())),
                Feature.of("vote_avg", false, 0, "TMDB vote average, 0-10",
                        (m, at) -> m.voteAverage() == null ? Double.NaN : m.voteAverage()),
                Feature.of("log_vote_count", false, 0, "log1p(TMDB vote count)",
                        (m, at) -> m.voteCount() == null ? Double.NaN : Math.log1p(m.voteCount())),
                // how thoroughly TMDB's community has described a film grows with its audience
                Feature.of("keyword_count", false, 0, "number of TMDB keywords",
                        (m, at) -> m.keywords().size()),
                Feature.of("spoken_language_count", false, 0, "number of spoken languages listed",
                        (m, at) -> m.spokenLanguages().size()));
    }
}
