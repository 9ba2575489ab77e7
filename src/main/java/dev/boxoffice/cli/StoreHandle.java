package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRegistry;
import java.time.Clock;

/** The store a command works on: the database of the config (SQLite under BOXOFFICE_HOME or BOXOFFICE_DB). */
record StoreHandle(Database database, FeatureStore features, ModelRegistry registry) {
    /** Opens (and migrates) the configured database; StoreException when it cannot be reached. */
    static StoreHandle open(AppConfig config, Clock clock) {
        Database db = Database.open(config.effectiveDatabaseUrl());
        return new StoreHandle(db, new FeatureStore(db, clock), new ModelRegistry(db, clock));
    }

    /** "sqlite at jdbc:sqlite:/home/me/.boxoffice/boxoffice.db", password-free. */
    String describe() {
        return database.dialect().jsonName() + " at " + database.redactedUrl();
    }
}
