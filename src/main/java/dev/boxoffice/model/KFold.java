package dev.boxoffice.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Shuffled k-fold cross-validation over row indices 0..n-1: the indices are shuffled with {@code seed} and cut
 * into k folds whose sizes differ by at most one (the first n mod k folds are one larger, as in scikit-learn).
 */
public record KFold(int k, long seed) {

    public KFold {
        if (k < 2) throw new IllegalArgumentException("k must be >= 2, got " + k);
    }

    /** One fold: the rows held out for testing and the rest, each sorted ascending. */
    public static final class Fold {
        private final int[] train;
        private final int[] test;

        Fold(int[] train, int[] test) {
            this.train = train;
            this.test = test;
        }

        /** A copy of the training row indices. */
        public int[] trainIndices() { return train.clone(); }

        /** A copy of the held-out row indices. */
        public int[] testIndices() { return test.clone(); }
    }

    /**
     * The k folds of n rows; every row is held out exactly once.
     *
     * @throws IllegalArgumentException when n < k
     */
    public List<Fold> folds(int n) {
        if (n < k) throw new IllegalArgumentException("need at least k=" + k + " rows, got " + n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return slice(order, k);
    }

    /**
     * Cuts a shuffled order of row indices into k consecutive folds, the first n % k one row larger (as
     * scikit-learn does), each fold's held-out and training indices sorted ascending.
     */
    static List<Fold> slice(int[] order, int k) {
        int n = order.length;
        List<Fold> folds = new ArrayList<>(k);
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            int[] test = Arrays.copyOfRange(order, start, start + size);
            int[] train = new int[n - size];
            System.arraycopy(order, 0, train, 0, start);
            System.arraycopy(order, start + size, train, start, n - start - size);
            Arrays.sort(test);
            Arrays.sort(train);
            folds.add(new Fold(train, test));
            start += size;
        }
        return List.copyOf(folds);
    }
}
