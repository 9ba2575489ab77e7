/**
 * Trainers and trained models (one subpackage per algorithm), splits, metrics and evaluation.
 * Native library errors stop here and become {@link dev.boxoffice.model.TrainingException}.
 */
package dev.boxoffice.model;
