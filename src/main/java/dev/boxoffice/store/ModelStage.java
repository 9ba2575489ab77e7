package dev.boxoffice.store;

/**
 * Where a registered model version stands. At most one version per name is in PRODUCTION; promoting
 * another archives it, and a rollback brings the previously promoted version back.
 */
public enum ModelStage {
    NONE, STAGING, PRODUCTION, ARCHIVED
}
