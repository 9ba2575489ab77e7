/**
 * Models made of trained models: an ensemble predicts the mean of its members (steadier than any one member
 * when they err differently), and a residual model adds a tree model to a straight line on one feature.
 */
package dev.boxoffice.model.ensemble;
