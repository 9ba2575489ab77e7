package dev.boxoffice.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Which part (train, validation or test) each film id belongs to. Rows of a {@link TrainingSet} are selected
 * by id, so the same split applies to any feature matrix of the same films.
 */
public record Split(Map<Long, Part> parts) {

    /** A part of a split, with the name it has in split files. */
    public enum Part {
        TRAIN("train"), VALIDATION("val"), TEST("test");

        private final String csvName;

        Part(String csvName) { this.csvName = csvName; }

        /** The name in split files: train, val or test. */
        public String csvName() { return csvName; }

        /** The part named {@code name} in a split file, or null when no part has that name. */
        static Part fromCsvName(String name) {
            for (Part p : values()) if (p.csvName.equals(name)) return p;
            return null;
        }
    }

    public Split {
        parts = Map.copyOf(parts);
    }

    /**
     * A seeded random split: the ids are sorted, shuffled with {@code seed}, and the first
     * round(n x trainFraction) go to train, the next round(n x validationFraction) to validation, the rest to
     * test. The same ids and seed give the same split whatever the order of {@code ids}.
     *
     * @throws IllegalArgumentException for duplicate ids or fractions outside (0, 1) that sum above 1
     */
    public static Split random(long[] ids, long seed, double trainFraction, double validationFraction) {
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("trainFraction must be in (0, 1), got " + trainFraction);
        }
        if (!(validationFraction >= 0 && trainFraction + validationFraction <= 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, " + (1 - trainFraction)
                    + "], got " + validationFraction);
        }
        long[] shuffled = ids.clone();
        Arrays.sort(shuffled);
        Random random = new Random(seed);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long tmp = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = tmp;
        }
        int nTrain = (int) Math.round(shuffled.length * trainFraction);
        int nValidation = (int) Math.min(shuffled.length - nTrain, Math.round(shuffled.length * validationFraction));
        Map<Long, Part> parts = new HashMap<>();
        for (int i = 0; i < shuffled.length; i++) {
            Part part = i < nTrain ? Part.TRAIN : i < nTrain + nValidation ? Part.VALIDATION : Part.TEST;
            if (parts.put(shuffled[i], part) != null) {
                throw new IllegalArgumentException("duplicate id " + shuffled[i]);
            }
        }
        return new Split(parts);
    }

    /**
     * Reads a split file with header {@code id,split} and one line per film, split being train, val or test.
     *
     * @throws IllegalArgumentException naming the line and value of a malformed line or duplicate id
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Split fromCsv(Path file) {
        return new Split(SplitCsv.read(file));
    }

    /** The part of a film, or null when the split does not know the id. */
    public Part partOf(long id) {
        return parts.get(id);
    }

    /** How many ids are in each part. */
    public Map<Part, Integer> counts() {
        Map<Part, Integer> counts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) counts.put(p, 0);
        parts.values().forEach(p -> counts.merge(p, 1, Integer::sum));
        return counts;
    }

    /** The indices of the rows of {@code data} that belong to {@code part}, in the order of {@code data}. */
    public int[] indices(Part part, TrainingSet data) {
        int[] out = new int[data.size()];
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            if (parts.get(data.id(i)) == part) out[count++] = i;
        }
        return Arrays.copyOf(out, count);
    }

    /** The ids of rows of {@code data} that the split does not assign to any part, in the order of {@code data}. */
    public long[] missingIds(TrainingSet data) {
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (!parts.containsKey(data.id(i))) missing.add(data.id(i));
        }
        return missing.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public String toString() {
        return "Split" + counts().toString().toLowerCase(Locale.ROOT);
    }
}
