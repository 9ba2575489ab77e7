package dev.boxoffice.features;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named feature: its persisted snake_case name, what it means, whether it is known before release,
 * and the value used when a film lacks the underlying fact (the missing-value rule).
 */
public record FeatureDef(String name, String description, boolean knownBeforeRelease, double missingValue) {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    public FeatureDef {
        Objects.requireNonNull(description, "description");
        if (name == null || !SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("feature name must be snake_case, got " + name);
        }
        if (!Double.isFinite(missingValue)) {
            throw new IllegalArgumentException("missingValue of " + name + " must be finite, got " + missingValue);
        }
    }
}
