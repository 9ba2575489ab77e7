package dev.boxoffice.serve;

import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.ModelRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the server predicts with at one moment: the production models, the set of (name, version) they were
 * loaded from, and the name directory of the film history they read. Swapped whole, never changed.
 */
record LiveModels(ProductionModels models, Set<ModelRef> refs, NameDirectory names, Instant loadedAt) {
    LiveModels {
        Objects.requireNonNull(models, "models");
        refs = Set.copyOf(refs);
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }
}
