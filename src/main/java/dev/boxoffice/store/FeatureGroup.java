package dev.boxoffice.store;

import java.util.List;
import java.util.Objects;

/**
 * A registered feature group: a table of the store with its version, the columns of its primary key and
 * the column holding each row's event time.
 */
public record FeatureGroup(String name, int version, List<String> primaryKey, String eventTimeColumn,
                           String description) {
    public FeatureGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eventTimeColumn, "eventTimeColumn");
        Objects.requireNonNull(description, "description");
        if (version < 1) throw new IllegalArgumentException("version must be >= 1, got " + version);
        primaryKey = List.copyOf(primaryKey);
        if (primaryKey.isEmpty()) throw new IllegalArgumentException("primaryKey must name at least one column");
    }
}
