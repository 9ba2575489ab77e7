/**
 * The feature store and model registry on JDBC, migrated by Flyway, over SQLite (embedded default) or
 * PostgreSQL. Models are stored as bytes plus a card, so this package never imports the model package.
 */
package dev.boxoffice.store;
