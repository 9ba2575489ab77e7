package dev.boxoffice.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Row counts of the store, taken from one snapshot: rows per feature group (in registration order:
 * movies, credits, movie_features, predictions), registered model versions, and which database it is
 * ("sqlite" or "postgresql"). With a snake_case mapper it serialises as {@code store stats --json} prints it.
 */
public record StoreStats(Map<String, Long> featureGroups, long models, String database) {
    public StoreStats {
        Objects.requireNonNull(database, "database");
        featureGroups = Collections.unmodifiableMap(new LinkedHashMap<>(featureGroups));
        if (models < 0) throw new IllegalArgumentException("models must be >= 0, got " + models);
    }

    /** Rows in the named feature group, 0 when the group is unknown. */
    public long rows(String group) {
        return featureGroups.getOrDefault(group, 0L);
    }
}
