/**
 * The HTTP API and web UI over the production models. Only {@code ApiServer} is public; handlers,
 * validation and assets are package-private.
 */
package dev.boxoffice.serve;
