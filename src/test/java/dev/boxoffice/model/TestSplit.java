package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSplit {
    @TempDir Path dir;

    private static TrainingSet films(long... ids) {
        double[][] x = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) x[i] = new double[] {i};
        return new TrainingSet(List.of("f"), ids, x, new double[ids.length]);
    }

    @Test
    void random_split_is_60_20_20_and_deterministic_whatever_the_id_order() {
        long[] ids = LongStream.rangeClosed(1, 1000).toArray();
        long[] reversed = LongStream.rangeClosed(1, 1000).map(i -> 1001 - i).toArray();
        Split a = Split.random(ids, 42, 0.6, 0.2);
        assertThat(a.counts()).containsEntry(Split.Part.TRAIN, 600).containsEntry(Split.Part.VALIDATION, 200)
                .containsEntry(Split.Part.TEST, 200);
        assertThat(Split.random(reversed, 42, 0.6, 0.2)).isEqualTo(a);
        assertThat(Split.random(ids, 43, 0.6, 0.2)).isNotEqualTo(a);
    }

    @Test
    void random_split_rejects_bad_fractions_and_duplicate_ids() {
        assertThatThrownBy(() -> Split.random(new long[] {1, 2}, 1, 0.8, 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validationFraction");
        assertThatThrownBy(() -> Split.random(new long[] {1, 2}, 1, 0, 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trainFraction");
        assertThatThrownBy(() -> Split.random(new long[] {1, 1, 2}, 1, 0.5, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate id 1");
    }

    @Test
    void indices_follow_the_training_set_order_and_missing_ids_are_reported() throws Exception {
        Path file = dir.resolve("split.csv");
        Files.writeString(file, "id,split\n30,train\n10,val\n20,test\n40,train\n");
        Split split = Split.fromCsv(file);
        TrainingSet data = films(40, 10, 99, 30, 20, 98);
        assertThat(split.indices(Split.Part.TRAIN, data)).containsExactly(0, 3);
        assertThat(split.indices(Split.Part.VALIDATION, data)).containsExactly(1);
        assertThat(split.indices(Split.Part.TEST, data)).containsExactly(4);
        assertThat(split.missingIds(data)).containsExactly(99, 98);
        assertThat(split.partOf(30)).isEqualTo(Split.Part.TRAIN);
        assertThat(split.partOf(99)).isNull();
    }

    @Test
    void split_file_errors_name_the_line_and_the_value() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,split\n1,train\n2,validation\n");
        assertThatThrownBy(() -> Split.fromCsv(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3").hasMessageContaining("'validation'");
        Files.writeString(bad, "id,split\nx1,train\n");
        assertThatThrownBy(() -> Split.fromCsv(bad)).hasMessageContaining("line 2").hasMessageContaining("'x1'");
        Files.writeString(bad, "id,split\n1,train\n1,test\n");
        assertThatThrownBy(() -> Split.fromCsv(bad)).hasMessageContaining("line 3").hasMessageContaining("duplicate id 1");
        Files.writeString(bad, "movie,part\n1,train\n");
        assertThatThrownBy(() -> Split.fromCsv(bad)).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Split.fromCsv(dir.resolve("absent.csv"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent.csv");
    }
}
