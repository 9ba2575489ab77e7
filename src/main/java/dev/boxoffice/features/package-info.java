/**
 * The one feature definition: how a {@link dev.boxoffice.data.Movie} becomes numbers, for training and
 * serving alike. Profiles (seed, pre-release, post-release) are versioned feature sets; track records are
 * computed point-in-time so no film's features see a later film.
 */
package dev.boxoffice.features;
