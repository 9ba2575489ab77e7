package dev.boxoffice.model.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact path-dependent SHAP values (TreeSHAP's) of a sum of trees, fast enough for every API request.
 * A tree's SHAP values depend on the row only through the child it takes at each split, so for a small tree
 * (at most {@link #MAX_TABLE_SPLITS} splits) they are computed once for each of the 2^splits choices and looked
 * up per row: explaining then costs about what predicting costs. Larger trees are explained per row by the
 * cheaper of the subset walk ({@link SubsetShap}) and TreeSHAP's path algorithm ({@link TreeShap}).
 * Immutable and thread-safe; build it once per model.
 */
public final class TreeExplainer {
    /** Trees with more splits than this are explained per row: their table would take 2^splits rows. */
    public static final int MAX_TABLE_SPLITS = 10;
    /** At most this many table entries per model (8 bytes each), so a large model cannot eat the heap. */
    static final long MAX_TABLE_ENTRIES = 2_000_000;

    private final List<DecisionTree> trees;
    private final DecisionTable[] tables;
    private final int maxDepth;

    private TreeExplainer(List<DecisionTree> trees) {
        this.trees = List.copyOf(trees);
        this.tables = new DecisionTable[this.trees.size()];
        long budget = MAX_TABLE_ENTRIES;
        int depth = 0;
        for (int i = 0; i < tables.length; i++) {
            DecisionTree tree = this.trees.get(i);
            depth = Math.max(depth, tree.maxDepth());
            long entries = DecisionTable.entries(tree);
            if (tree.nodeCount() - tree.leafCount() <= MAX_TABLE_SPLITS && entries <= budget) {
                tables[i] = DecisionTable.of(tree);
                budget -= entries;
            }
        }
        this.maxDepth = depth;
    }

    /** An explainer over {@code trees}, summed (each scaled as the caller asks). */
    public static TreeExplainer of(List<DecisionTree> trees) {
        return new TreeExplainer(new ArrayList<>(trees));
    }

    /**
     * An explainer built on first use, then shared: building one costs a table per small tree, and training
     * never asks most of the models it fits for an explanation. Thread-safe.
     */
    public static final class Lazy {
        private final List<DecisionTree> trees;
        private volatile TreeExplainer built;

        public Lazy(List<DecisionTree> trees) {
            this.trees = List.copyOf(trees);
        }

        public TreeExplainer get() {
            TreeExplainer e = built;
            if (e == null) {
                e = TreeExplainer.of(trees);
                built = e;   // a race builds two equal explainers; either is right
            }
            return e;
        }
    }

    /** How many of the trees are explained by table lookup. */
    public int tabulatedTrees() {
        int n = 0;
        for (DecisionTable t : tables) if (t != null) n++;
        return n;
    }

    /**
     * Adds the contributions of every tree for {@code row} to {@code phi}, times {@code scale}: per feature into
     * phi[0..row.length-1] and the trees' expected values into the last slot.
     */
    public void accumulate(double[] row, double[] phi, double scale) {
        SubsetShap.Scratch scratch = null;
        TreeShap.Path path = null;
        for (int i = 0; i < tables.length; i++) {
            DecisionTree tree = trees.get(i);
            if (tables[i] != null) {
                tables[i].accumulate(row, phi, scale);
            } else if (SubsetShap.cheaper(tree)) {
                if (scratch == null) scratch = new SubsetShap.Scratch();
                SubsetShap.accumulate(tree, row, phi, scale, scratch);
            } else {
                if (path == null) path = TreeShap.Path.forDepth(maxDepth);
                TreeShap.pathDependent(tree, row, phi, scale, path);
            }
        }
    }
}
