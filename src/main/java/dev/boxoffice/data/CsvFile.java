package dev.boxoffice.data;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One UTF-8 CSV file with a header row, read with commons-csv: quoted fields may hold commas, quotes,
 * newlines and {@code \r}; lines may end in LF, CRLF or CR; a leading byte-order mark is skipped.
 * Columns are found by header name, so extra columns are ignored and their order does not matter.
 */
final class CsvFile {
    /** Blank lines come through as one-empty-field records, so that line numbers stay exact; we skip them. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** commons-csv buffers characters itself; this only batches the file reads and the decoding. */
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;

    CsvFile(Path file) {
        this.file = file;
    }

    /** The header's column names, trimmed; throws DataException when the file is missing or empty. */
    List<String> header() {
        try (Reader in = open(); CSVParser parser = FORMAT.parse(in)) {
            List<String> header = readHeader(parser.iterator());
            if (header.isEmpty()) {
                throw new DataException(file + ": the file is empty; expected a CSV header row");
            }
            return header;
        } catch (IOException | UncheckedIOException e) {
            throw failure("reading the header of", e, 1);
        }
    }

    /**
     * Checks the header against the layout, then hands each data row to the handler. A row with the
     * wrong number of fields, or for which the handler throws a BadRowException, is counted as rejected;
     * blank lines are not rows. Throws DataException for a missing file, a header lacking a required
     * column, or text that is not valid UTF-8 or not CSV (an unclosed quote).
     */
    void forEachRow(CsvLayout layout, ReadReportBuilder report, Consumer<CsvRow> handler) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file; expected a " + layout.description()
                    + " with " + layout.expectedColumns());
        }
        long line = 1;
        try (Reader in = open(); CSVParser parser = FORMAT.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = readHeader(records);
            checkHeader(layout, header);
            Map<String, Integer> columns = columnIndex(header);
            line = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // hasNext() parsed the record, so the parser already stands on its last line
                long firstLine = line + 1;
                line = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                handle(new CsvRow(record, columns, firstLine), header.size(), report, handler);
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure("reading", e, line + 1);
        }
    }

    /** The first non-blank record, trimmed; empty for a file without one. */
    private static List<String> readHeader(Iterator<CSVRecord> records) {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (!isBlank(record)) {
                return record.stream().map(String::trim).toList();
            }
        }
        return List.of();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static void handle(CsvRow row, int headerSize, ReadReportBuilder report, Consumer<CsvRow> handler) {
        report.rowRead();
        try {
            if (row.size() != headerSize) {
                throw new BadRowException("wrong_field_count");
            }
            handler.accept(row);
        } catch (BadRowException e) {
            report.reject(e.reason(), row.line());
        }
    }

    private void checkHeader(CsvLayout layout, List<String> header) {
        List<String> missing = layout.missingFrom(header);
        if (!missing.isEmpty()) {
            throw new DataException(file + ": the header lacks the column(s) " + String.join(", ", missing)
                    + "; a " + layout.description() + " needs " + layout.expectedColumns()
                    + "; the header has: " + String.join(", ", header));
        }
    }

    private Map<String, Integer> columnIndex(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            // unnamed columns (a pandas index) are ignored; a named one twice would be a guess
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new DataException(file + ": the header names column '" + name + "' twice");
            }
        }
        return columns;
    }

    private Reader open() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file");
        }
        InputStream bytes = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        bytes.mark(UTF8_BOM.length);
        if (!Arrays.equals(bytes.readNBytes(UTF8_BOM.length), UTF8_BOM)) {
            bytes.reset();
        }
        // a REPORT decoder: malformed UTF-8 fails the file instead of turning into silent U+FFFD
        return new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private DataException failure(String action, Exception e, long nearLine) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String why;
        if (cause instanceof CharacterCodingException) {
            why = "the file is not valid UTF-8; re-save it as UTF-8";
        } else if (cause instanceof FileSystemException) {
            why = "cannot read the file (" + cause + ")";
        } else {
            why = "the file is not well-formed CSV (" + cause.getMessage() + ")";
        }
        return new DataException(action + " " + file + " failed near line " + nearLine + ": " + why, e);
    }
}
