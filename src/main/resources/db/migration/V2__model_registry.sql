-- Model registry: one row per model name (its version counter, and the row that registrations and stage
-- changes lock), one row per version with its card and artifact, and the promotion history that rollback
-- walks back through.

CREATE TABLE model_names (
    name         VARCHAR(100) NOT NULL PRIMARY KEY,
    last_version INTEGER      NOT NULL
);

CREATE TABLE models (
    name                 VARCHAR(100) NOT NULL REFERENCES model_names (name),
    version              INTEGER      NOT NULL,
    market               VARCHAR(20)  NOT NULL,
    task                 VARCHAR(20)  NOT NULL CHECK (task IN ('regression', 'classification')),
    profile              VARCHAR(64)  NOT NULL,
    feature_set_name     VARCHAR(64)  NOT NULL,
    feature_set_version  INTEGER      NOT NULL,
    feature_names_json   TEXT         NOT NULL,
    format               VARCHAR(64)  NOT NULL,
    params_json          TEXT         NOT NULL,
    metrics_json         TEXT         NOT NULL,
    training_fingerprint VARCHAR(128) NOT NULL,
    seed                 BIGINT       NOT NULL,
    created_at           ${timestamp_type} NOT NULL,
    stage                VARCHAR(12)  NOT NULL CHECK (stage IN ('NONE', 'STAGING', 'PRODUCTION', 'ARCHIVED')),
    stage_changed_at     ${timestamp_type} NOT NULL,
    artifact             ${blob_type} NOT NULL,
    artifact_sha256      CHAR(64)     NOT NULL,
    artifact_size_bytes  BIGINT       NOT NULL,
    PRIMARY KEY (name, version)
);

-- At most one production version per name, enforced by the database even if two promotions race.
CREATE UNIQUE INDEX models_one_production_per_name ON models (name) WHERE stage = 'PRODUCTION';
CREATE INDEX models_market ON models (market);

CREATE TABLE model_promotions (
    name           VARCHAR(100) NOT NULL,
    seq            INTEGER      NOT NULL,
    version        INTEGER      NOT NULL,
    promoted_at    ${timestamp_type} NOT NULL,
    rolled_back_at ${timestamp_type},
    PRIMARY KEY (name, seq),
    FOREIGN KEY (name, version) REFERENCES models (name, version)
);
