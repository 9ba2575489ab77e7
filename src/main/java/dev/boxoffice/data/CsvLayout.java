package dev.boxoffice.data;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The columns of one CSV format: those a file must have, those the reader also uses, and those that tell
 * the format apart from others when a directory is recognised by its headers.
 *
 * @param description what the file is, for messages ("TMDB 5000 movies file")
 * @param required columns without which no row can be read; a header lacking one fails the file
 * @param optional further columns the reader uses when present (absent ones read as unknown)
 * @param distinctive a header with all required columns and at least one of these is this format
 */
record CsvLayout(String description, List<String> required, List<String> optional, List<String> distinctive) {
    CsvLayout {
        Objects.requireNonNull(description, "description");
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        distinctive = List.copyOf(distinctive);
        if (required.isEmpty()) {
            throw new IllegalArgumentException("required must name at least one column, got none");
        }
    }

    /** The required columns the given header lacks, in layout order. */
    List<String> missingFrom(Collection<String> header) {
        return required.stream().filter(c -> !header.contains(c)).toList();
    }

    /** Whether a header looks like this format: all required columns and one distinctive one, if any. */
    boolean recognises(Collection<String> header) {
        return missingFrom(header).isEmpty()
                && (distinctive.isEmpty() || distinctive.stream().anyMatch(header::contains));
    }

    /** "required: a, b; optional: c, d", for messages that say what a file should look like. */
    String expectedColumns() {
        String text = "required columns: " + String.join(", ", required);
        return optional.isEmpty() ? text : text + "; optional: " + String.join(", ", optional);
    }
}
