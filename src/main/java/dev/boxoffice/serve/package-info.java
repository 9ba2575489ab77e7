/**
 * The HTTP API over the production models: validation, prediction, the store's films and predictions, health,
 * metrics and offline OpenAPI docs, with promoted models swapped in while serving. Only {@code ApiServer} and
 * its {@code ServeConfig} are public; handlers, validation and assets are package-private.
 */
package dev.boxoffice.serve;
