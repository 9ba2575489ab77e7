/**
 * Ordinary least squares with an intercept, solved exactly by QR decomposition (EJML). Models are a small
 * JSON of coefficients.
 */
package dev.boxoffice.model.ols;
