package dev.boxoffice.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestTreeExplainer {
    private static final int WIDTH = 6;

    @Test
    void looked_up_values_equal_treeshap_on_small_trees_for_every_kind_of_row() {
        Random random = new Random(3);
        List<DecisionTree> trees = new ArrayList<>();
        for (int t = 0; t < 200; t++) trees.add(TestSubsetShap.randomTree(random, 1 + random.nextInt(4), 1 + random.nextInt(WIDTH)));
        TreeExplainer explainer = TreeExplainer.of(trees);
        assertThat(explainer.tabulatedTrees()).isEqualTo(trees.stream()
                .filter(t -> t.nodeCount() - t.leafCount() <= TreeExplainer.MAX_TABLE_SPLITS).count());
        for (int r = 0; r < 200; r++) {
            double[] row = new double[WIDTH];
            for (int i = 0; i < WIDTH; i++) row[i] = TestSubsetShap.randomValue(random);
            assertThat(explain(explainer, row, 0.25)).containsExactly(treeShapSum(trees, row, 0.25), within(1e-9));
        }
    }

    @Test
    void mixes_tables_subset_walks_and_treeshap_and_still_equals_treeshap() {
        Random random = new Random(5);
        List<DecisionTree> trees = List.of(
                TestSubsetShap.fullTree(random, 2, 4),     // a table
                TestSubsetShap.fullTree(random, 7, 2),     // too many splits for a table, few features: subset walk
                TestSubsetShap.fullTree(random, 13, 14));  // deep and wide: TreeSHAP
        TreeExplainer explainer = TreeExplainer.of(trees);
        assertThat(explainer.tabulatedTrees()).isEqualTo(1);
        assertThat(SubsetShap.cheaper(trees.get(1))).isTrue();
        assertThat(SubsetShap.cheaper(trees.get(2))).isFalse();
        for (int r = 0; r < 20; r++) {
            double[] row = new double[14];
            for (int i = 0; i < row.length; i++) row[i] = TestSubsetShap.randomValue(random);
            assertThat(explain(explainer, row, 1.0)).containsExactly(treeShapSum(trees, row, 1.0), within(1e-9));
        }
    }

    private static double[] explain(TreeExplainer explainer, double[] row, double scale) {
        double[] phi = new double[row.length + 1];
        explainer.accumulate(row, phi, scale);
        return phi;
    }

    private static double[] treeShapSum(List<DecisionTree> trees, double[] row, double scale) {
        double[] phi = new double[row.length + 1];
        for (DecisionTree tree : trees) TreeShap.accumulate(tree, row, phi, scale);
        return phi;
    }
}
