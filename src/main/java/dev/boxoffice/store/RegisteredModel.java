package dev.boxoffice.store;

import java.util.Objects;

/** A model version in the registry: its card (version and stage set) and the size and SHA-256 of its artifact. */
public record RegisteredModel(ModelCard card, String artifactSha256, long artifactSizeBytes) {
    public RegisteredModel {
        Objects.requireNonNull(card, "card");
        if (card.version() == null) throw new IllegalArgumentException("a registered model has a version");
        Objects.requireNonNull(artifactSha256, "artifactSha256");
        if (artifactSizeBytes < 0) {
            throw new IllegalArgumentException("artifactSizeBytes must be >= 0, got " + artifactSizeBytes);
        }
    }

    public String name() {
        return card.name();
    }

    public int version() {
        return card.version();
    }

    public ModelStage stage() {
        return card.stage();
    }

    /** NAME:VERSION. */
    public ModelRef ref() {
        return card.ref();
    }
}
