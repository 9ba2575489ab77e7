package dev.boxoffice.data.tmdb;

import dev.boxoffice.data.Movie;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One film as a TMDB list (discover) shows it: enough to choose which films to fetch in full with
 * {@link TmdbClient#movieDetails(long)}. Unknown values are null; {@code genreIds} are TMDB genre ids.
 */
public record MovieSummary(long id, String title, String originalTitle, String originalLanguage,
                           LocalDate releaseDate, Double popularity, Double voteAverage, Integer voteCount,
                           List<Integer> genreIds, String posterPath, boolean adult) {
    public MovieSummary {
        if (id <= 0) throw new IllegalArgumentException("id must be > 0, got " + id);
        Objects.requireNonNull(title, "title");
        genreIds = List.copyOf(genreIds);
    }

    /** {@link Movie#HINDI} for Hindi-language originals, else {@link Movie#GLOBAL}. */
    public String market() {
        return MovieMapper.marketOf(originalLanguage);
    }
}
