package dev.boxoffice.model.forest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Grows CART regression trees (squared error, exact splits at midpoints between distinct values, as
 * scikit-learn's) on bootstrap weights. Rows are sorted once per feature; each node's rows stay as a segment
 * of every feature's order and are stably partitioned at each split, so a tree costs O(rows x features x
 * depth). A row whose value is NaN follows the side chosen for NaN at training (or the heavier side when the
 * node saw none). Thread-safe: {@link #grow} keeps its state in local arrays.
 */
final class TreeGrower {
    private final double[][] columns; // [feature][row]
    private final double[] y;
    private final int[][] sorted;     // [feature] rows by value, NaN last
    private final int maxDepth;
    private final int minRowsInLeaf;
    private final double featureFraction;

    TreeGrower(double[][] rows, double[] y, int maxDepth, int minRowsInLeaf, double featureFraction) {
        int width = rows[0].length;
        this.columns = new double[width][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int f = 0; f < width; f++) columns[f][r] = rows[r][f];
        }
        this.y = y.clone();
        this.sorted = new int[width][];
        for (int f = 0; f < width; f++) {
            double[] col = columns[f];
            sorted[f] = IntStream.range(0, rows.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer r) -> col[r])).mapToInt(Integer::intValue).toArray();
        }
        this.maxDepth = maxDepth;
        this.minRowsInLeaf = minRowsInLeaf;
        this.featureFraction = featureFraction;
    }

    /** Grows one tree on the rows with positive {@code weights} (bootstrap counts); {@code seed} picks features. */
    GrownTree grow(int[] weights, long seed) {
        return new Growth(weights, seed).run();
    }

    /** The state of one tree's growth. */
    private final class Growth {
        final int[] w;
        final long seed;
        final int[][] order;
        final boolean[] goLeft;
        final int[] buffer;
        final int[] feature, left, right, depth;
        final double[] threshold, value, weight, gain;
        final boolean[] defaultLeft;
        int nodes;

        Growth(int[] weights, long seed) {
            this.w = weights;
            this.seed = seed;
            int m = 0;
            for (int x : weights) if (x > 0) m++;
            order = new int[columns.length][m];
            for (int f = 0; f < columns.length; f++) {
                int k = 0;
                for (int r : sorted[f]) if (weights[r] > 0) order[f][k++] = r;
            }
            goLeft = new boolean[weights.length];
            buffer = new int[m];
            int cap = Math.max(1, 2 * m);
            feature = new int[cap];
            left = new int[cap];
            right = new int[cap];
            depth = new int[cap];
            threshold = new double[cap];
            value = new double[cap];
            weight = new double[cap];
            gain = new double[cap];
            defaultLeft = new boolean[cap];
        }

        GrownTree run() {
            if (buffer.length == 0) throw new IllegalArgumentException("a tree needs at least one weighted row");
            node(0, buffer.length, 0, 1);
            return new GrownTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes),
                    Arrays.copyOf(left, nodes), Arrays.copyOf(right, nodes), Arrays.copyOf(defaultLeft, nodes),
                    Arrays.copyOf(value, nodes), Arrays.copyOf(weight, nodes), Arrays.copyOf(gain, nodes),
                    Arrays.copyOf(depth, nodes));
        }

        private int node(int start, int end, int d, long key) {
            int id = nodes++;
            double sumW = 0, sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int p = start; p < end; p++) {
                int r = order[0][p];
                sumW += w[r];
                sum += w[r] * y[r];
                min = Math.min(min, y[r]);
                max = Math.max(max, y[r]);
            }
            depth[id] = d;
            value[id] = sum / sumW;
            weight[id] = sumW;
            feature[id] = -1;
            left[id] = -1;
            right[id] = -1;
            if (d >= maxDepth || min == max || end - start < 2 * minRowsInLeaf) return id;
            SplitSearch best = new SplitSearch(columns, y, w, minRowsInLeaf);
            for (int f : candidates(key)) best.scan(f, order[f], start, end, sumW, sum);
            if (best.feature < 0) return id;
            feature[id] = best.feature;
            threshold[id] = best.threshold;
            defaultLeft[id] = best.nanLeft;
            gain[id] = best.score - sum * sum / sumW;
            int leftRows = partition(best, start, end);
            left[id] = node(start, start + leftRows, d + 1, mix(key, 1));
            right[id] = node(start + leftRows, end, d + 1, mix(key, 2));
            return id;
        }

        /**
         * The features a node may split on, in the order they are scanned: all of them, or a subset, drawn as
         * scikit-learn draws them (a Fisher-Yates prefix) from the node's own seed. The order matters: among
         * splits of equal gain the first scanned wins, so, as in scikit-learn, a tie between features (common
         * when one extreme row can be cut off by several) goes to a random one rather than always the first column.
         */
        private int[] candidates(long key) {
            int width = columns.length;
            int[] all = IntStream.range(0, width).toArray();
            int k = featureFraction >= 1 ? width : Math.max(1, (int) Math.round(width * featureFraction));
            // seeded by the node's path, so cutting the tree at a depth never changes the draws above it
            SplittableRandom random = new SplittableRandom(seed ^ key);
            for (int i = 0; i < k && i < width - 1; i++) {
                int j = i + random.nextInt(width - i);
                int tmp = all[i];
                all[i] = all[j];
                all[j] = tmp;
            }
            return k == width ? all : Arrays.copyOf(all, k);
        }

        /** Moves the rows going left to the front of the segment in every feature's order; returns their count. */
        private int partition(SplitSearch s, int start, int end) {
            double[] col = columns[s.feature];
            for (int p = start; p < end; p++) {
                int r = order[0][p];
                double x = col[r];
                goLeft[r] = Double.isNaN(x) ? s.nanLeft : x <= s.threshold;
            }
            int leftCount = 0;
            for (int[] ord : order) {
                int l = 0, rr = 0;
                for (int p = start; p < end; p++) {
                    int r = ord[p];
                    if (goLeft[r]) ord[start + l++] = r; else buffer[rr++] = r;
                }
                System.arraycopy(buffer, 0, ord, start + l, rr);
                leftCount = l;
            }
            return leftCount;
        }
    }

    /** A child's key from its parent's: a SplitMix64 step, so every path in the tree has its own seed. */
    static long mix(long key, int side) {
        long z = key * 0x9E3779B97F4A7C15L + side;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
