package dev.boxoffice.model;

import java.util.List;
import java.util.Map;

/**
 * An immutable trained model. {@link #predict(double[])} is thread-safe: it returns log1p(revenue) for a
 * regression model and the hit probability for a classifier.
 */
public interface TrainedModel {
    /** The trainer's name, e.g. "xgboost". */
    String name();

    Task task();

    /** The feature names, in the column order the model was trained on. */
    List<String> featureNames();

    /** The hyper-parameters actually used (after tuning or early stopping). */
    Map<String, Object> params();

    /**
     * Predicts one row.
     *
     * @throws IllegalArgumentException when the row's width differs from {@link #featureNames()}
     */
    double predict(double[] row);

    /** Predicts many rows; equal, value for value, to calling {@link #predict(double[])} on each. */
    default double[] predictAll(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = predict(rows[i]);
        return out;
    }

    /**
     * Per-feature contributions to the prediction of one row (in the model's output space), the last
     * element being the bias; their sum equals the raw prediction. Empty when the model cannot explain.
     */
    default double[] contributions(double[] row) {
        return new double[0];
    }

    /** The model in a portable format, readable outside Java (see {@link #format()}). */
    byte[] nativeBytes();

    /** The portable format of {@link #nativeBytes()}: "xgboost-json", "lightgbm-text", "linear-json". */
    String format();
}
