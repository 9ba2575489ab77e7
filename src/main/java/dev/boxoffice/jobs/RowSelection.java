package dev.boxoffice.jobs;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Which rows of a split a training run fits and scores on: flagged films left out, plausible ones picked. */
final class RowSelection {
    private RowSelection() {
    }

    /** The rows to fit on: all of them, or without the films flagged for implausible money. */
    static int[] trainingRows(int[] rows, TrainingData data, boolean excludeFlagged) {
        if (!excludeFlagged) return rows;
        boolean[] flagged = data.implausibleMoney();
        return Arrays.stream(rows).filter(i -> !flagged[i]).toArray();
    }

    /** The rows whose {@code plausible} entry (by position) is true. */
    static int[] plausibleOnly(int[] rows, boolean[] plausible) {
        return IntStream.range(0, rows.length).filter(k -> plausible[k]).map(k -> rows[k]).toArray();
    }

    /** For each row, whether its film's money is plausible. */
    static boolean[] plausible(int[] rows, TrainingData data) {
        boolean[] flagged = data.implausibleMoney();
        boolean[] out = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) out[k] = !flagged[rows[k]];
        return out;
    }

    /** How many are true. */
    static int count(boolean[] v) {
        int c = 0;
        for (boolean b : v) if (b) c++;
        return c;
    }
}
