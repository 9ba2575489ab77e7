package dev.boxoffice.model;

/**
 * The checks every trainer makes on its inputs before calling a library, so that bad input is an
 * {@link IllegalArgumentException} naming the problem rather than a native failure.
 */
public final class TrainingInputs {
    private TrainingInputs() {}

    /**
     * Checks that {@code train} has rows, that {@code validation} (when not null) has rows and the same
     * feature names, and for classification that every target is 0 or 1 with both classes in train.
     *
     * @throws IllegalArgumentException naming the trainer and what is wrong
     */
    public static void check(String trainer, Task task, TrainingSet train, TrainingSet validation) {
        if (train.size() == 0) throw new IllegalArgumentException(trainer + ": the training set is empty");
        if (train.width() == 0) throw new IllegalArgumentException(trainer + ": the training set has no features");
        if (validation != null) {
            if (validation.size() == 0) throw new IllegalArgumentException(trainer + ": the validation set is empty");
            if (!validation.featureNames().equals(train.featureNames())) {
                throw new IllegalArgumentException(trainer + ": validation features " + validation.featureNames()
                        + " differ from training features " + train.featureNames());
            }
        }
        if (task == Task.CLASSIFICATION) {
            checkLabels(trainer, "training", train);
            if (validation != null) checkLabels(trainer, "validation", validation);
            double hits = 0;
            for (int i = 0; i < train.size(); i++) hits += train.target(i);
            if (hits == 0 || hits == train.size()) {
                throw new IllegalArgumentException(trainer + ": the training set needs both classes, got "
                        + (int) hits + " positives in " + train.size() + " rows");
            }
        }
    }

    private static void checkLabels(String trainer, String which, TrainingSet set) {
        for (int i = 0; i < set.size(); i++) {
            double y = set.target(i);
            if (y != 0 && y != 1) {
                throw new IllegalArgumentException(trainer + ": " + which + " target of row " + i + " (id "
                        + set.id(i) + ") must be 0 or 1 for classification, got " + y);
            }
        }
    }
}
