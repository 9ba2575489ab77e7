package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * scikit-learn's shuffled KFold, reproduced. Expected folds and draws were printed once with NumPy 1.24 /
 * scikit-learn 1.2.1: {@code KFold(k, shuffle=True, random_state=seed).split(np.zeros(n))} and
 * {@code RandomState(1).randint(0, 2**32, dtype=np.uint64)}.
 */
class TestSklearnKFold {

    @Test
    void draws_the_mersenne_twister_sequence_numpy_draws_for_seed_1() {
        Mt19937 mt = new Mt19937(1);

        assertThat(List.of(mt.nextUint32(), mt.nextUint32(), mt.nextUint32()))
                .containsExactly(1791095845L, 4282876139L, 3093770124L);
    }

    @Test
    void holds_out_the_same_films_as_scikit_learn_for_295_rows_and_seed_1() {
        List<KFold.Fold> folds = new SklearnKFold(5, 1).folds(295);

        assertThat(folds.get(0).testIndices()).startsWith(4, 11, 12, 16, 18, 27, 51, 58, 59, 62)
                .endsWith(269, 270, 277, 285, 287, 292, 293, 294).hasSize(59);
        assertThat(folds.get(1).testIndices()).startsWith(5, 8, 14, 17, 19, 28, 31, 33, 34, 38)
                .endsWith(274, 278, 283, 284, 290).hasSize(59);
    }

    @Test
    void matches_scikit_learn_for_other_seeds_and_uneven_folds() {
        List<KFold.Fold> twelve = new SklearnKFold(5, 0).folds(12);
        List<KFold.Fold> seven = new SklearnKFold(5, 4294967295L).folds(7);

        assertThat(twelve.get(0).testIndices()).containsExactly(4, 6, 11);
        assertThat(twelve.get(1).testIndices()).containsExactly(2, 8, 10);
        assertThat(twelve.get(4).testIndices()).hasSize(2);
        assertThat(seven.get(0).testIndices()).containsExactly(1, 5);
        assertThat(seven.get(1).testIndices()).containsExactly(0, 6);
    }

    @Test
    void holds_every_row_out_exactly_once_and_trains_on_the_rest() {
        List<KFold.Fold> folds = new SklearnKFold(5, 1).folds(23);

        int[] heldOut = folds.stream().flatMapToInt(f -> Arrays.stream(f.testIndices())).sorted().toArray();
        assertThat(heldOut).containsExactly(IntStream.range(0, 23).toArray());
        for (KFold.Fold f : folds) {
            assertThat(f.trainIndices().length + f.testIndices().length).isEqualTo(23);
            assertThat(f.trainIndices()).doesNotContain(f.testIndices());
        }
    }

    @Test
    void rejects_too_few_rows_and_seeds_numpy_cannot_take() {
        assertThatThrownBy(() -> new SklearnKFold(5, 1).folds(4)).hasMessageContaining("at least k=5");
        assertThatThrownBy(() -> new SklearnKFold(5, -1)).hasMessageContaining("seed must be in [0, 2^32)");
        assertThatThrownBy(() -> new SklearnKFold(1, 1)).hasMessageContaining("k must be >= 2");
    }
}
