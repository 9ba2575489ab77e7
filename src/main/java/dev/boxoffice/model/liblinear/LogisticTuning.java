package dev.boxoffice.model.liblinear;

import java.util.List;

/** The outcome of tuning C: the score of every C in grid order, the winner, and the model refitted with it. */
public record LogisticTuning(List<CvScore> scores, CvScore best, LogisticModel model) {
    public LogisticTuning {
        scores = List.copyOf(scores);
        if (model == null) throw new IllegalArgumentException("model must not be null");
    }
}
