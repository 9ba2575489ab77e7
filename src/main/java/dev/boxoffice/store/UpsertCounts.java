package dev.boxoffice.store;

/** What an upsert did: movies newly inserted, overwritten because their content changed, and left unchanged. */
public record UpsertCounts(int inserted, int updated, int unchanged) {
    /** Nothing done yet. */
    public static final UpsertCounts ZERO = new UpsertCounts(0, 0, 0);

    public UpsertCounts {
        if (inserted < 0 || updated < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + inserted + ", " + updated + ", "
                    + unchanged);
        }
    }

    /** The sum of two counts, e.g. of two batches. */
    public UpsertCounts plus(UpsertCounts other) {
        return new UpsertCounts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }

    /** Movies seen. */
    public int total() {
        return inserted + updated + unchanged;
    }
}
