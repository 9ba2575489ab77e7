package dev.boxoffice.features;

import dev.boxoffice.data.Movie;

/** Computes one feature of a film at a point in time; returns NaN when the film lacks the fact. */
@FunctionalInterface
interface FeatureFunction {
    double apply(Movie movie, PointInTime at);
}
