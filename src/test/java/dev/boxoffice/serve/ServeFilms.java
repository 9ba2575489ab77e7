package dev.boxoffice.serve;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded made-up released films for the server tests: budgets, dates, genres, a small pool of recurring
 * actors, directors, studios and two collections, and a revenue that grows with budget, popularity and
 * votes, so trained models have something real to learn. Same seed, same films.
 */
final class ServeFilms {
    static final String[] GENRES = {"Action", "Adventure", "Comedy", "Drama", "Thriller", "Science Fiction", "Family"};
    static final String[] STUDIOS = {"Marvel Studios", "Pixar", "A24", "Blumhouse", "Warner Bros."};
    static final String STAR = "Famous Star";
    static final String DIRECTOR = "Steady Director";

    private ServeFilms() {
    }

    private static Named saga(Random r) {
        if (r.nextInt(10) != 0) return null;
        int saga = r.nextInt(2);
        return new Named(500 + saga, "Saga " + saga);
    }

    /** {@code n} released films with ids 1..n. */
    static List<Movie> generate(int n, long seed) {
        Random r = new Random(seed);
        List<Movie> films = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) films.add(film(i, r));
        return films;
    }

    private static Movie film(long id, Random r) {
        double logBudget = 15 + 2.5 * r.nextDouble();
        double popularity = Math.exp(1 + 2 * r.nextDouble());
        double vote = Math.round((4 + 4 * r.nextDouble()) * 10) / 10.0;
        boolean star = r.nextInt(6) == 0;
        double logRevenue = logBudget + 0.35 * Math.log(popularity) + 0.3 * (vote - 6) + (star ? 0.6 : 0)
                - 0.6 + 0.5 * r.nextGaussian();
        List<Credit> cast = new ArrayList<>();
        if (star) cast.add(Credit.cast(7, STAR, 0, "Lead", 1, 30.0));
        for (int k = cast.size(); k < 3; k++) {
            int person = 100 + r.nextInt(40);
            cast.add(Credit.cast(person, "Actor " + person, k, "Role " + k, 1, 2.0 + person % 7));
        }
        int director = r.nextInt(5) == 0 ? 9 : 200 + r.nextInt(30);
        List<Credit> crew = List.of(Credit.crew(director, director == 9 ? DIRECTOR : "Director " + director,
                "Director", "Directing", 2, 3.0));
        int studio = r.nextInt(STUDIOS.length);
        String g1 = GENRES[r.nextInt(GENRES.length)];
        String g2 = GENRES[r.nextInt(GENRES.length)];
        return Movie.builder(id, "Synthetic Feature " + id)
                .originalLanguage(r.nextInt(8) == 0 ? "fr" : "en")
                .releaseDate(LocalDate.of(1995, 1, 1).plusDays(r.nextInt(9000)))
                .budgetUsd(Math.round(Math.exp(logBudget))).revenueUsd(Math.round(Math.exp(logRevenue)))
                .runtimeMinutes(85.0 + r.nextInt(80)).popularity(popularity).voteAverage(vote)
                .voteCount(50 + r.nextInt(5000))
                .genres(g1.equals(g2) ? List.of(g1) : List.of(g1, g2))
                .productionCompanies(List.of(new Named(1000 + studio, STUDIOS[studio])))
                .productionCountries(List.of("United States of America"))
                .collection(saga(r))
                .status("Released").source("synthetic")
                .credits(new Credits(cast, crew))
                .build();
    }
}
