package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestKFold {
    @Test
    void every_row_is_held_out_exactly_once_in_folds_differing_by_at_most_one() {
        List<KFold.Fold> folds = new KFold(5, 1).folds(23);
        List<Integer> heldOut = new ArrayList<>();
        for (KFold.Fold f : folds) {
            for (int i : f.testIndices()) heldOut.add(i);
            assertThat(f.trainIndices().length + f.testIndices().length).isEqualTo(23);
            assertThat(f.trainIndices()).doesNotContain(f.testIndices());
        }
        assertThat(heldOut).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 23).boxed().toList());
        assertThat(folds.stream().map(f -> f.testIndices().length).toList()).containsExactly(5, 5, 5, 4, 4);
    }

    @Test
    void folds_are_shuffled_and_depend_only_on_the_seed() {
        List<KFold.Fold> a = new KFold(4, 7).folds(40);
        List<KFold.Fold> b = new KFold(4, 7).folds(40);
        List<KFold.Fold> c = new KFold(4, 8).folds(40);
        assertThat(a.get(0).testIndices()).isEqualTo(b.get(0).testIndices());
        assertThat(a.get(0).testIndices()).isNotEqualTo(c.get(0).testIndices());
        assertThat(a.get(0).testIndices()).isNotEqualTo(IntStream.range(0, 10).toArray());
    }

    @Test
    void rejects_fewer_rows_than_folds_and_fewer_than_two_folds() {
        assertThatThrownBy(() -> new KFold(5, 1).folds(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k=5");
        assertThatThrownBy(() -> new KFold(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
