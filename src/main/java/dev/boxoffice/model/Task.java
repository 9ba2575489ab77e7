package dev.boxoffice.model;

/** What a model predicts: log1p(revenue), or the probability that a film is a hit. */
public enum Task {
    REGRESSION, CLASSIFICATION;

    /** The name used in reports and the registry: "regression" or "classification". */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
