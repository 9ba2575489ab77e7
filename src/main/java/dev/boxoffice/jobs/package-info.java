/**
 * The pipeline's jobs (ingest, train, predict, weekly, backtest): each wires data, features, store and
 * model together for one run and reports what it did. Jobs never import serve, and serve never imports jobs.
 */
package dev.boxoffice.jobs;
