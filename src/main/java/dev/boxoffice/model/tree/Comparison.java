package dev.boxoffice.model.tree;

/** How a split compares a feature value with its threshold; each library has its own rule. */
public enum Comparison {
    /** LightGBM: left when {@code value <= threshold}, in double precision. */
    LESS_OR_EQUAL,
    /** XGBoost: left when {@code (float) value < threshold}, the value first rounded to float as XGBoost does. */
    LESS_THAN_FLOAT
}
