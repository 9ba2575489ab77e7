package dev.boxoffice.jobs;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic Hindi films with budgets, revenues that follow the budget and the stars, release dates,
 * genres, companies and recurring cast and directors: enough structure for real pre-release models to learn
 * from, in a fraction of a second. The same arguments always give equal films.
 */
public final class HindiFilms {
    private static final String[] GENRES = {"Action", "Drama", "Comedy", "Romance", "Thriller"};

    private HindiFilms() {
    }

    /** {@code n} released films with ids 1..n. */
    public static List<Movie> released(int n, long seed) {
        Random r = new Random(seed);
        List<Movie> films = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            double logBudget = 15.5 + 1.2 * r.nextGaussian();
            int lead = r.nextInt(30);
            int director = r.nextInt(12);
            double starBoost = lead < 5 ? 0.8 : 0;
            double logRevenue = 0.3 + logBudget + starBoost + 0.6 * r.nextGaussian();
            String genre = GENRES[r.nextInt(GENRES.length)];
            Credits credits = new Credits(
                    List.of(Credit.cast(1000 + lead, "Actor " + lead, 0, "Lead", 2, 5.0 + lead % 7),
                            Credit.cast(1100 + r.nextInt(60), "Support " + i, 1, "Friend", 1, 1.5)),
                    List.of(Credit.crew(2000 + director, "Director " + director, "Director", "Directing", 2, 2.0)));
            films.add(Movie.builder(i, "Synthetic Hindi film " + i).originalTitle("Film " + i).originalLanguage("hi")
                    .releaseDate(LocalDate.of(2005, 1, 1).plusDays(r.nextInt(7000)))
                    .budgetUsd(Math.round(Math.expm1(logBudget))).revenueUsd(Math.round(Math.expm1(logRevenue)))
                    .runtimeMinutes(120.0 + r.nextInt(50)).popularity(1 + 20 * r.nextDouble())
                    .voteAverage(4 + 4 * r.nextDouble()).voteCount(10 + r.nextInt(500))
                    .genres(List.of(genre)).productionCompanies(List.of(new Named(3000 + r.nextInt(8), "Studio")))
                    .productionCountries(List.of("IN")).spokenLanguages(List.of("hi")).status("Released")
                    .market(Movie.HINDI).source("synthetic").credits(credits).build());
        }
        return films;
    }
}
