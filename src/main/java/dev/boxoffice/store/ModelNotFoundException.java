package dev.boxoffice.store;

/** The registry holds no model with the requested name (and version). */
public class ModelNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says which reference was not found, e.g. "no model registered as xgb-revenue:7". */
    public ModelNotFoundException(ModelRef ref) {
        super("no model registered as " + ref);
    }
}
