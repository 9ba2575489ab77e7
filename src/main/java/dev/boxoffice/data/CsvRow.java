package dev.boxoffice.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a {@link CsvFile}, read by column name. An absent column and an empty value both read
 * as null (unknown); a value that cannot be parsed throws a BadRowException whose reason names the column.
 */
final class CsvRow {
    /** Plain decimal notation only: Double.parseDouble would also take "NaN", "Infinity", "0x1p3" and "1f". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final long line;

    CsvRow(CSVRecord record, Map<String, Integer> columns, long line) {
        this.record = record;
        this.columns = columns;
        this.line = line;
    }

    /** The line of the file on which this row starts (the header is line 1). */
    long line() {
        return line;
    }

    int size() {
        return record.size();
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The raw value, or null when the column is absent or the value is blank. */
    String text(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index);
        return value.isBlank() ? null : value;
    }

    /** A whole number (also written "1.0" or "1e6", as spreadsheets and pandas do) of at least {@code min}. */
    Long wholeNumber(String column, long min) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        long number = parseWhole(column, value.trim());
        if (number < min) {
            throw new BadRowException("out_of_range:" + column);
        }
        return number;
    }

    /** A dollar amount: a whole number, negative ones rejected as "negative_money:column". */
    Long money(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        long amount = parseWhole(column, value.trim());
        if (amount < 0) {
            throw new BadRowException("negative_money:" + column);
        }
        return amount;
    }

    /** A finite decimal in [min, maxExclusive). */
    Double decimal(String column, double min, double maxExclusive) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new BadRowException("bad_number:" + column);
        }
        double number = Double.parseDouble(trimmed);
        if (!(number >= min && number < maxExclusive)) {
            throw new BadRowException("out_of_range:" + column);
        }
        return number;
    }

    /** A yyyy-MM-dd date. */
    LocalDate isoDate(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRowException("bad_date:" + column);
        }
    }

    private static long parseWhole(String column, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notPlain) {
            try {
                return new BigDecimal(value).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new BadRowException("bad_number:" + column);
            }
        }
    }
}
