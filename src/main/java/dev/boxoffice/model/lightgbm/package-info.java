/**
 * LightGBM gradient boosting (regression and hit classification) through lightgbm4j, with early stopping on
 * the validation set. Models are LightGBM's own text format, evaluated in Java by {@code model.tree}.
 */
package dev.boxoffice.model.lightgbm;
