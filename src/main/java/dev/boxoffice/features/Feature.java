package dev.boxoffice.features;

import java.util.Objects;

/** A feature's definition together with the function that computes it. */
record Feature(FeatureDef def, FeatureFunction function) {
    Feature {
        Objects.requireNonNull(def, "def");
        Objects.requireNonNull(function, "function");
    }

    static Feature of(String name, boolean knownBeforeRelease, double missingValue, String description,
                      FeatureFunction function) {
        return new Feature(new FeatureDef(name, description, knownBeforeRelease, missingValue), function);
    }
}
