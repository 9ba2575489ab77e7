/**
 * Pure-Java evaluation of the tree ensembles that LightGBM and XGBoost save: prediction and TreeSHAP
 * contributions, so trained models hold no native handle and predict thread-safely without locks.
 */
package dev.boxoffice.model.tree;
