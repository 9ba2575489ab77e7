package dev.boxoffice.store;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.data.PeopleSummary;
import java.time.LocalDate;
import java.util.List;

/** Hand-made films that exercise every field of {@link Movie}: full, sparse, and a Hindi one with aggregates. */
final class Films {
    private Films() {
    }

    /** Every field set, including a collection, companies and cast and crew with and without popularity. */
    static Movie avatar() {
        return Movie.builder(19995, "Avatar")
                .originalTitle("Avatar").originalLanguage("en").releaseDate(LocalDate.of(2009, 12, 10))
                .budgetUsd(237_000_000L).revenueUsd(2_787_965_087L).runtimeMinutes(162.0).popularity(150.437577)
                .voteAverage(7.2).voteCount(11_800)
                .genres(List.of("Action", "Adventure", "Fantasy", "Science Fiction"))
                .keywords(List.of("culture clash", "future", "space war"))
                .productionCompanies(List.of(new Named(289, "Ingenious Film Partners"),
                        new Named(306, "Twentieth Century Fox Film Corporation")))
                .productionCountries(List.of("United States of America", "United Kingdom"))
                .spokenLanguages(List.of("English", "Español"))
                .collection(new Named(87096, "Avatar Collection")).status("Released")
                .overview("In the 22nd century, a paraplegic Marine is dispatched to the moon Pandora.")
                .posterPath("/kmcqlZGaSh20zpTbuoF0Cdn07dT.jpg").imdbId("tt0499549").source("tmdb5000")
                .credits(new Credits(
                        List.of(Credit.cast(65731, "Sam Worthington", 0, "Jake Sully", 2, 12.5),
                                Credit.cast(8691, "Zoe Saldana", 1, "Neytiri", 1, null)),
                        List.of(Credit.crew(2710, "James Cameron", "Director", "Directing", 2, 20.25),
                                Credit.crew(1721, "Stephen E. Rivkin", "Editor", "Editing", 0, null))))
                .build();
    }

    /** Only the required title: every other value unknown, lists empty, credits unknown (null). */
    static Movie sparse() {
        return Movie.builder(7, "Untitled Project").build();
    }

    /** Credits known to be empty, which must stay distinct from unknown credits. */
    static Movie noCredits() {
        return Movie.builder(8, "A Film Without People").credits(Credits.EMPTY).build();
    }

    /** A Hindi-market film that has people aggregates instead of credits, and an upcoming release. */
    static Movie hindi() {
        return Movie.builder(550_001, "Pathaan 2").originalLanguage("hi").releaseDate(LocalDate.of(2031, 8, 15))
                .budgetUsd(30_000_000L).genres(List.of("Action")).market(Movie.HINDI).source("bollywood")
                .people(new PeopleSummary(84.25, 12.5, true)).posterPath("/pathaan2.jpg")
                .build();
    }

    static List<Movie> all() {
        return List.of(avatar(), sparse(), noCredits(), hindi());
    }
}
