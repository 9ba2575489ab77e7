package dev.boxoffice.model.forest;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Hyper-parameters of a random forest (scikit-learn style: bootstrap rows, CART trees): the grid of depths
 * and tree counts to try (a single pair means fixed parameters, no tuning), and how each tree is grown.
 *
 * @param depths max depths to try, each >= 1
 * @param treeCounts tree counts to try, each >= 1
 * @param sampleFraction bootstrap size as a share of the training rows, drawn with replacement, in (0, 1]
 * @param featureFraction share of features each tree may split on, in (0, 1]
 * @param minDataInLeaf fewest distinct training rows in a leaf, >= 1
 * @param threads threads growing trees, >= 1 (the forest does not depend on it)
 */
public record RandomForestParams(List<Integer> depths, List<Integer> treeCounts, double sampleFraction,
                                 double featureFraction, int minDataInLeaf, int threads) {

    /** The reference study's grid: depth {10, 15, ..., 35} x trees {10, 20, ..., 200}. */
    public static final RandomForestParams GRID = new RandomForestParams(
            List.of(10, 15, 20, 25, 30, 35),
            IntStream.rangeClosed(1, 20).map(i -> 10 * i).boxed().toList(),
            1.0, 1.0, 1, 2);

    public RandomForestParams {
        depths = List.copyOf(depths);
        treeCounts = List.copyOf(treeCounts);
        if (depths.isEmpty() || depths.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("depths must be non-empty and each >= 1, got " + depths);
        }
        if (treeCounts.isEmpty() || treeCounts.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("treeCounts must be non-empty and each >= 1, got " + treeCounts);
        }
        if (!(sampleFraction > 0 && sampleFraction <= 1)) {
            throw new IllegalArgumentException("sampleFraction must be in (0, 1], got " + sampleFraction);
        }
        if (!(featureFraction > 0 && featureFraction <= 1)) {
            throw new IllegalArgumentException("featureFraction must be in (0, 1], got " + featureFraction);
        }
        if (minDataInLeaf < 1) throw new IllegalArgumentException("minDataInLeaf must be >= 1, got " + minDataInLeaf);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** Fixed parameters, no tuning: one depth and one tree count, grown like {@link #GRID}. */
    public static RandomForestParams fixed(int depth, int trees) {
        return new RandomForestParams(List.of(depth), List.of(trees), GRID.sampleFraction, GRID.featureFraction,
                GRID.minDataInLeaf, GRID.threads);
    }

    /** Whether there is more than one combination, so a validation set is needed to choose. */
    public boolean isGrid() {
        return depths.size() * treeCounts.size() > 1;
    }

    /** The largest tree count: this many trees are grown once, and their prefixes scored. */
    public int maxTrees() {
        return treeCounts.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The largest depth: trees are grown this deep once, and cut at each smaller depth. */
    public int maxDepth() {
        return depths.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
