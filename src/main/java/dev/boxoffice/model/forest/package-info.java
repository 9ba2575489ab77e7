/**
 * Random forests of log1p(revenue): bootstrap CART trees grown in Java, tuned over depth x tree count on the
 * validation set, saved in LightGBM's text format and evaluated as a {@link dev.boxoffice.model.lightgbm.LightGbmModel}.
 */
package dev.boxoffice.model.forest;
