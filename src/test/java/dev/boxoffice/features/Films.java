package dev.boxoffice.features;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.time.LocalDate;
import java.util.List;

/** A handful of hand-made films whose track records are easy to compute by hand. */
final class Films {
    static final long STAR = 1;
    static final long DIRECTOR = 2;
    static final Named STUDIO = new Named(100, "Big Studio");

    private Films() {
    }

    static Movie film(long id, String title, LocalDate released, Long budget, Long revenue) {
        Credits credits = new Credits(
                List.of(Credit.cast(STAR, "Star", 0, "Hero", 2, null),
                        Credit.cast(10 + id, "Extra " + id, 1, "Friend", 1, null)),
                List.of(Credit.crew(DIRECTOR, "Director", "Director", "Directing", 2, null)));
        return Movie.builder(id, title).releaseDate(released).budgetUsd(budget).revenueUsd(revenue)
                .runtimeMinutes(100.0).genres(List.of("Action")).originalLanguage("en")
                .productionCompanies(List.of(STUDIO)).productionCountries(List.of("US"))
                .popularity(10.0).voteAverage(6.5).voteCount(100).credits(credits).build();
    }

    static Movie first() {
        return film(1, "Hero", LocalDate.of(2000, 5, 1), 10_000_000L, 100_000_000L);
    }

    static Movie sequel() {
        return film(2, "Hero 2", LocalDate.of(2003, 6, 1), 20_000_000L, 50_000_000L);
    }

    static Movie third() {
        return film(3, "Hero: The Return", LocalDate.of(2006, 7, 1), 30_000_000L, 400_000_000L);
    }
}
