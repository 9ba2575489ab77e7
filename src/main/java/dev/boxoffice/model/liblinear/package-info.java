/**
 * L2-regularised logistic regression of the hit label (liblinear), on standardised features, with C chosen by
 * k-fold cross-validated AUC. Models are a small JSON of means, scales, weights and bias.
 */
package dev.boxoffice.model.liblinear;
