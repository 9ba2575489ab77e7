/**
 * The TMDB API v3 client: rate-limited, retrying HTTP over {@code java.net.http} that maps TMDB's JSON to
 * the {@code data} records. Credentials live only in {@link dev.boxoffice.data.tmdb.TmdbConfig} and never
 * reach a log line, an exception message or a returned value.
 */
package dev.boxoffice.data.tmdb;
