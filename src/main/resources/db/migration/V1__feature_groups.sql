-- Feature groups of the store. One schema for SQLite and PostgreSQL: the only differences are the
-- column types behind the placeholders (date_type, timestamp_type, blob_type), filled in by Dialect.
-- Lists and maps are JSON text rather than JSONB so that both databases share one code path.

CREATE TABLE feature_groups (
    name              VARCHAR(64)  NOT NULL,
    version           INTEGER      NOT NULL,
    primary_key       VARCHAR(200) NOT NULL,
    event_time_column VARCHAR(64)  NOT NULL,
    description       VARCHAR(500) NOT NULL,
    PRIMARY KEY (name, version)
);

INSERT INTO feature_groups (name, version, primary_key, event_time_column, description) VALUES
    ('movies', 1, 'tmdb_id', 'ingested_at', 'TMDB facts per movie, with source and ingestion time'),
    ('credits', 1, 'tmdb_id,role,list_index', 'ingested_at', 'cast and crew per movie, in billing order'),
    ('movie_features', 1, 'tmdb_id,feature_set,feature_set_version', 'computed_at',
     'computed features per movie per feature-definition version'),
    ('predictions', 1, 'tmdb_id,model_name,model_version', 'predicted_at',
     'predicted revenue and hit probability per movie per model version');

CREATE TABLE movies (
    tmdb_id               BIGINT           NOT NULL PRIMARY KEY,
    title                 TEXT             NOT NULL,
    original_title        TEXT,
    original_language     TEXT,
    release_date          ${date_type},
    budget_usd            BIGINT,
    revenue_usd           BIGINT,
    runtime_minutes       DOUBLE PRECISION,
    popularity            DOUBLE PRECISION,
    vote_average          DOUBLE PRECISION,
    vote_count            INTEGER,
    genres_json           TEXT             NOT NULL,
    keywords_json         TEXT             NOT NULL,
    companies_json        TEXT             NOT NULL,
    countries_json        TEXT             NOT NULL,
    spoken_languages_json TEXT             NOT NULL,
    collection_id         BIGINT,
    collection_name       TEXT,
    status                TEXT,
    overview              TEXT,
    poster_path           TEXT,
    imdb_id               TEXT,
    market                VARCHAR(20)      NOT NULL,
    source                TEXT,
    -- a film with unknown credits (false) differs from one known to have none (true, no rows)
    has_credits           BOOLEAN          NOT NULL,
    cast_popularity       DOUBLE PRECISION,
    crew_popularity       DOUBLE PRECISION,
    star_present          BOOLEAN,
    content_hash          CHAR(64)         NOT NULL,
    ingested_at           ${timestamp_type} NOT NULL
);

CREATE INDEX movies_market ON movies (market);
CREATE INDEX movies_release_date ON movies (release_date);

-- No foreign key to movies, and no index beyond the key: credits are written only together with their
-- movie, in the same transaction (MovieUpsert), and on PostgreSQL the per-row key check and a person index
-- cost ~40% of a full ingest (~235k rows). Add an index in a new migration when a query needs one.
CREATE TABLE credits (
    tmdb_id        BIGINT      NOT NULL,
    role           VARCHAR(4)  NOT NULL CHECK (role IN ('CAST', 'CREW')),
    list_index     INTEGER     NOT NULL,
    person_id      BIGINT      NOT NULL,
    name           TEXT        NOT NULL,
    cast_order     INTEGER,
    character_name TEXT,
    job            TEXT,
    department     TEXT,
    gender         INTEGER,
    popularity     DOUBLE PRECISION,
    ingested_at    ${timestamp_type} NOT NULL,
    PRIMARY KEY (tmdb_id, role, list_index)
);

CREATE TABLE movie_features (
    tmdb_id             BIGINT      NOT NULL REFERENCES movies (tmdb_id) ON DELETE CASCADE,
    feature_set         VARCHAR(64) NOT NULL,
    feature_set_version INTEGER     NOT NULL,
    names_json          TEXT        NOT NULL,
    values_json         TEXT        NOT NULL,
    computed_at         ${timestamp_type} NOT NULL,
    PRIMARY KEY (tmdb_id, feature_set, feature_set_version)
);

CREATE TABLE predictions (
    tmdb_id               BIGINT           NOT NULL REFERENCES movies (tmdb_id) ON DELETE CASCADE,
    model_name            VARCHAR(100)     NOT NULL,
    model_version         INTEGER          NOT NULL,
    predicted_revenue_usd DOUBLE PRECISION NOT NULL,
    interval_low_usd      DOUBLE PRECISION,
    interval_high_usd     DOUBLE PRECISION,
    hit_probability       DOUBLE PRECISION,
    predicted_at          ${timestamp_type} NOT NULL,
    PRIMARY KEY (tmdb_id, model_name, model_version)
);
