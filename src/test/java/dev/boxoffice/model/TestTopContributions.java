package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A prediction's top contributions: the largest in magnitude, largest first, ties in feature order. */
class TestTopContributions {
    @Test
    void picks_the_largest_magnitudes_largest_first() {
        double[] c = {0.1, -3.0, 2.0, 0.0, -0.5, 2.5, 0.0};

        assertThat(Predictor.largestMagnitudes(c, 6, 3)).containsExactly(1, 5, 2);
    }

    @Test
    void ties_keep_feature_order_and_fewer_features_than_asked_give_them_all() {
        assertThat(Predictor.largestMagnitudes(new double[] {1, -1, 1, 2}, 3, 5)).containsExactly(0, 1, 2);
        assertThat(Predictor.largestMagnitudes(new double[] {0, 0, 0, 0, 0}, 4, 2)).containsExactly(0, 1);
    }

    @Test
    void agrees_with_a_stable_sort_of_all_features_on_random_rows_with_ties() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(90);
            double[] c = new double[n + 1];
            for (int i = 0; i < c.length; i++) c[i] = (random.nextInt(9) - 4) * 0.25;   // many equal magnitudes
            int k = 1 + random.nextInt(7);

            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble(i -> -Math.abs(c[i])))
                    .limit(k).mapToInt(Integer::intValue).toArray();

            assertThat(Predictor.largestMagnitudes(c, n, k)).as("trial %d", trial).containsExactly(expected);
        }
    }
}
