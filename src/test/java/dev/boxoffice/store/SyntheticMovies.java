package dev.boxoffice.store;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic made-up films shaped like TMDB 5000 rows (similar text sizes, about 50 credits each), for
 * volume, concurrency and kill tests. The same arguments always give equal movies.
 */
final class SyntheticMovies {
    private static final String[] GENRES = {"Action", "Adventure", "Comedy", "Drama", "Thriller", "Romance"};
    private static final String[] JOBS = {"Director", "Producer", "Screenplay", "Editor", "Original Music Composer"};

    private SyntheticMovies() {
    }

    /** {@code count} movies with ids firstId, firstId+1, ..., each with {@code credits} credits. */
    static List<Movie> generate(int count, int credits, long firstId) {
        List<Movie> movies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) movies.add(movie(firstId + i, credits));
        return movies;
    }

    static Movie movie(long id, int credits) {
        Random r = new Random(id);
        int castSize = credits * 2 / 5;
        List<Credit> cast = new ArrayList<>();
        for (int k = 0; k < castSize; k++) {
            cast.add(Credit.cast(r.nextInt(2_000_000), "Actor " + id + "-" + k, k, "Character number " + k,
                    r.nextInt(3), k % 3 == 0 ? null : r.nextDouble() * 40));
        }
        List<Credit> crew = new ArrayList<>();
        for (int k = castSize; k < credits; k++) {
            crew.add(Credit.crew(r.nextInt(2_000_000), "Crew member " + id + "-" + k, JOBS[k % JOBS.length],
                    "Production", r.nextInt(3), null));
        }
        return Movie.builder(id, "Synthetic film " + id)
                .originalTitle("Synthetic film " + id).originalLanguage("en")
                .releaseDate(LocalDate.of(1980, 1, 1).plusDays(r.nextInt(15_000)))
                .budgetUsd(1_000_000L + r.nextInt(200_000_000)).revenueUsd(r.nextBoolean() ? null : 5_000_000L + r.nextInt(900_000_000))
                .runtimeMinutes(80.0 + r.nextInt(100)).popularity(r.nextDouble() * 100)
                .voteAverage(Math.round(r.nextDouble() * 100) / 10.0).voteCount(r.nextInt(10_000))
                .genres(List.of(GENRES[r.nextInt(GENRES.length)], GENRES[r.nextInt(GENRES.length)]))
                .keywords(List.of("keyword " + r.nextInt(500), "keyword " + r.nextInt(500)))
                .productionCompanies(List.of(new Named(r.nextInt(100_000), "Studio " + r.nextInt(300))))
                .productionCountries(List.of("United States of America")).spokenLanguages(List.of("English"))
                .collection(r.nextInt(10) == 0 ? new Named(r.nextInt(10_000), "Saga " + id) : null)
                .status("Released")
                .overview("A synthetic overview of film " + id + " that is about as long as a real TMDB overview,"
                        + " with a hero, a villain, a journey and an ending that nobody saw coming at all.")
                .posterPath("/poster" + id + ".jpg").imdbId("tt" + (1_000_000 + id)).source("synthetic")
                .credits(new Credits(cast, crew))
                .build();
    }
}
