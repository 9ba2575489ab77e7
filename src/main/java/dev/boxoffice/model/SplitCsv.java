package dev.boxoffice.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code id,split} files that pin a split (e.g. the reference study's seed split). */
final class SplitCsv {
    private SplitCsv() {}

    static Map<Long, Split.Part> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading split file " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").trim().equals("id,split")) {
            throw new IllegalArgumentException(file + " line 1: header must be 'id,split', got '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        Map<Long, Split.Part> parts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) continue;
            String where = file + " line " + (i + 1) + ": ";
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw new IllegalArgumentException(where + "expected 'id,split', got '" + line + "'");
            }
            long id;
            try {
                id = Long.parseLong(cells[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "id must be an integer, got '" + cells[0] + "'", e);
            }
            Split.Part part = Split.Part.fromCsvName(cells[1].trim());
            if (part == null) {
                throw new IllegalArgumentException(where + "split must be train, val or test, got '" + cells[1] + "'");
            }
            if (parts.put(id, part) != null) throw new IllegalArgumentException(where + "duplicate id " + id);
        }
        return parts;
    }
}
