/**
 * Averages of trained models: an ensemble predicts the mean of its members' predictions (log1p revenue, or
 * hit probability), which is steadier than any one member when they err differently.
 */
package dev.boxoffice.model.ensemble;
