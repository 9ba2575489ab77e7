package dev.boxoffice.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Films of one key (a person, a company...) sorted by release day with prefix sums, so the record of
 * everything released strictly before a day is a binary search away. Films released the same day are in
 * ascending revenue order, so the timeline does not depend on the order of its entries. Immutable once built.
 */
final class Timeline {
    private final int[] days;            // epoch days, ascending
    private final double[] cumLogRevenue; // cumLogRevenue[i] = sum over the first i films
    private final int[] cumWithBudget;
    private final double[] cumLogRoi;

    /** Builds a timeline from parallel arrays of entries, in any order. */
    Timeline(int[] entryDays, double[] logRevenue, double[] logRoiOrNaN) {
        int n = entryDays.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // films of one day in revenue order, so the latest film is the day's best whatever order the films came in
        // (a file and the store list them differently), as FilmHistory.latestLogRevenue breaks ties across keys
        Arrays.sort(order, (a, b) -> entryDays[a] != entryDays[b] ? Integer.compare(entryDays[a], entryDays[b])
                : Double.compare(logRevenue[a], logRevenue[b]));
        days = new int[n];
        cumLogRevenue = new double[n + 1];
        cumWithBudget = new int[n + 1];
        cumLogRoi = new double[n + 1];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            days[k] = entryDays[i];
            cumLogRevenue[k + 1] = cumLogRevenue[k] + logRevenue[i];
            boolean hasRoi = !Double.isNaN(logRoiOrNaN[i]);
            cumWithBudget[k + 1] = cumWithBudget[k] + (hasRoi ? 1 : 0);
            cumLogRoi[k + 1] = cumLogRoi[k] + (hasRoi ? logRoiOrNaN[i] : 0);
        }
    }

    /** The release day of the k-th film in date order. */
    int day(int k) {
        return days[k];
    }

    /** The log1p(revenue) of the k-th film in date order. */
    double logRevenue(int k) {
        return cumLogRevenue[k + 1] - cumLogRevenue[k];
    }

    /** The log(revenue/budget) of the k-th film in date order; NaN when its budget is unknown. */
    double logRoi(int k) {
        return cumWithBudget[k + 1] == cumWithBudget[k] ? Double.NaN : cumLogRoi[k + 1] - cumLogRoi[k];
    }

    /** The number of films released strictly before the given epoch day. */
    int countBefore(int epochDay) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < epochDay) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The record of films released in [fromDay, beforeDay). */
    TrackRecord between(int fromDay, int beforeDay) {
        int a = countBefore(fromDay);
        int b = countBefore(beforeDay);
        if (b <= a) return TrackRecord.NONE;
        return new TrackRecord(b - a, cumLogRevenue[b] - cumLogRevenue[a],
                cumWithBudget[b] - cumWithBudget[a], cumLogRoi[b] - cumLogRoi[a]);
    }

    /** The record of films released strictly before the given epoch day. */
    TrackRecord before(int epochDay) {
        return between(Integer.MIN_VALUE, epochDay);
    }

    /** Growable parallel arrays of one key's entries. */
    static final class Builder {
        private final List<double[]> entries = new ArrayList<>();

        void add(int day, double logRevenue, double logRoi) {
            entries.add(new double[] {day, logRevenue, logRoi});
        }

        Timeline build() {
            int n = entries.size();
            int[] days = new int[n];
            double[] rev = new double[n];
            double[] roi = new double[n];
            for (int i = 0; i < n; i++) {
                double[] e = entries.get(i);
                days[i] = (int) e[0];
                rev[i] = e[1];
                roi[i] = e[2];
            }
            return new Timeline(days, rev, roi);
        }
    }
}
