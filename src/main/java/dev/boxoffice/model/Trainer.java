package dev.boxoffice.model;

import java.util.Map;

/**
 * Holds validated hyper-parameters and turns a training set into an immutable model. The validation set,
 * when given, is used for early stopping or tuning only, never fitted on.
 */
public interface Trainer {
    /** The model name used in reports and the registry, e.g. "linear_regression", "xgboost". */
    String name();

    Task task();

    /** The hyper-parameters, as they will be recorded with the model. */
    Map<String, Object> params();

    /**
     * Trains a model.
     *
     * @param validation rows for early stopping or tuning; may be null where the trainer needs none
     * @throws TrainingException when the underlying library fails, naming the trainer and its params
     */
    TrainedModel train(TrainingSet train, TrainingSet validation, long seed);
}
