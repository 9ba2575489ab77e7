/**
 * XGBoost gradient boosting (regression and hit classification) through XGBoost4J, with early stopping on the
 * validation set. Models are XGBoost's JSON, which Python's xgboost loads, evaluated in Java by {@code model.tree}.
 */
package dev.boxoffice.model.xgboost;
