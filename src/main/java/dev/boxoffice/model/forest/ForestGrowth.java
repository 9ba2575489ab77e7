package dev.boxoffice.model.forest;

import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grows the trees of one forest, on {@code threads} threads. Tree i draws its bootstrap and its feature
 * subsets from its own seed, derived from the forest seed and i alone, so the forest does not depend on the
 * thread count and its first k trees are the k-tree forest.
 */
final class ForestGrowth {
    private final RandomForestParams params;
    private final TreeGrower grower;
    private final long[] treeSeeds;
    private final int rows;

    ForestGrowth(RandomForestParams params, TrainingSet train, long seed) {
        this.params = params;
        this.grower = new TreeGrower(train.matrix(), train.targets(), params.maxDepth(), params.minDataInLeaf(),
                params.featureFraction());
        this.rows = train.size();
        SplittableRandom random = new SplittableRandom(seed);
        this.treeSeeds = new long[params.maxTrees()];
        for (int i = 0; i < treeSeeds.length; i++) treeSeeds[i] = random.nextLong();
    }

    List<GrownTree> growAll() {
        GrownTree[] trees = new GrownTree[treeSeeds.length];
        int threads = Math.min(params.threads(), trees.length);
        if (threads == 1) {
            for (int i = 0; i < trees.length; i++) trees[i] = grow(i);
            return List.of(trees);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "forest-growth");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int first = k;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < trees.length; i += threads) trees[i] = grow(i);
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingException("random_forest training interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new TrainingException("random_forest training failed with params " + params, e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(trees);
    }

    private GrownTree grow(int i) {
        SplittableRandom random = new SplittableRandom(treeSeeds[i]);
        int[] weights = new int[rows];
        int draws = (int) Math.max(1, Math.round(rows * params.sampleFraction()));
        for (int k = 0; k < draws; k++) weights[random.nextInt(rows)]++;
        return grower.grow(weights, random.nextLong());
    }
}
