package dev.boxoffice.jobs;

import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.Profile;
import java.util.Objects;

/**
 * One Hindi model of a {@link HindiTrainJob} run: its profile and feature set, the final model (trained on
 * every film) with its metrics ("cv", "cv_pooled", "backtest", "interval"), and the fingerprint of the rows
 * it was trained on.
 */
public record HindiCandidate(Profile profile, FeatureSet featureSet, ModelResult result, String trainingFingerprint) {
    public HindiCandidate {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(featureSet, "featureSet");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(trainingFingerprint, "trainingFingerprint");
        if (featureSet.profile() != profile) {
            throw new IllegalArgumentException("feature set " + featureSet.label() + " is not of profile " + profile);
        }
    }

    /** Mean of the per-fold RMSEs of the shuffled k-fold CV (log1p revenue), as the reference reports it. */
    public double cvRmse() {
        return result.metric("cv", "rmse");
    }

    /** RMSE on the films released in or after the cutoff year, trained on the films before it. */
    public double backtestRmse() {
        return result.metric("backtest", "rmse");
    }

    /** The registry name, e.g. {@code hi.hindi.linear_regression}. */
    public String registryName() {
        return ModelRegistration.registryName(featureSet.profile().market(), profile, result.name());
    }
}
