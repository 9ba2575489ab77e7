package dev.boxoffice.model;

import java.util.List;
import java.util.Objects;

/**
 * A forecast for one film: revenue in dollars with an 80% interval when the model has one, the hit
 * probability when a classifier is loaded, which models made it, and the features that moved it most.
 */
public record FilmPrediction(double predictedRevenueUsd, Double revenueLowerUsd, Double revenueUpperUsd,
                             double intervalLevel, Double hitProbability, String model, int modelVersion,
                             String classifier, Integer classifierVersion, String profile, String market,
                             List<Contribution> contributions) {
    public FilmPrediction {
        Objects.requireNonNull(model, "model");
        contributions = List.copyOf(contributions);
    }

    /** One feature's share of the prediction in log1p(revenue) space, with the film's value of that feature. */
    public record Contribution(String feature, double value, double contribution) {
    }

    /** The reference's hit rule applied to the classifier: probability at least one half. */
    public Boolean isHit() {
        return hitProbability == null ? null : hitProbability >= 0.5;
    }
}
