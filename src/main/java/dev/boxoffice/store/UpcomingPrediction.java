package dev.boxoffice.store;

import java.time.LocalDate;
import java.util.Objects;

/** The latest stored prediction for a film, with the film's title, release date and poster path. */
public record UpcomingPrediction(PredictionRecord prediction, String title, LocalDate releaseDate,
                                 String posterPath) {
    public UpcomingPrediction {
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(title, "title");
    }
}
