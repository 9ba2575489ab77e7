/**
 * Where films come from: the TMDB 5000 CSV reader, the Bollywood export reader and the TMDB API client,
 * and the immutable records ({@link dev.boxoffice.data.Movie}, {@link dev.boxoffice.data.Credit}) they produce.
 * Nothing here knows about features, storage or models.
 */
package dev.boxoffice.data;
