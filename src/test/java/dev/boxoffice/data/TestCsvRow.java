package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class TestCsvRow {
    /** A one-field row, column "v", as CsvFile would build it. */
    private static CsvRow row(String value) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new java.io.StringReader("\"" + value.replace("\"", "\"\"") + "\""))) {
            return new CsvRow(parser.getRecords().get(0), Map.of("v", 0), 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reasonOf(Runnable read) {
        try {
            read.run();
        } catch (BadRowException e) {
            return e.reason();
        }
        throw new AssertionError("no BadRowException");
    }

    @Test
    void reads_whole_numbers_also_written_as_decimals_or_exponents() {
        assertThat(row("237000000").wholeNumber("v", 0)).isEqualTo(237_000_000L);
        assertThat(row(" 42 ").wholeNumber("v", 0)).isEqualTo(42L);
        assertThat(row("30000000.0").wholeNumber("v", 0)).isEqualTo(30_000_000L);
        assertThat(row("1.5E7").wholeNumber("v", 0)).isEqualTo(15_000_000L);
    }

    @Test
    void rejects_fractions_overflow_and_text_as_whole_numbers() {
        assertThat(reasonOf(() -> row("1.5").wholeNumber("v", 0))).isEqualTo("bad_number:v");
        assertThat(reasonOf(() -> row("1e400").wholeNumber("v", 0))).isEqualTo("bad_number:v");
        assertThat(reasonOf(() -> row("9223372036854775808").wholeNumber("v", 0))).isEqualTo("bad_number:v");
        assertThat(reasonOf(() -> row("1,000").wholeNumber("v", 0))).isEqualTo("bad_number:v");
        assertThat(reasonOf(() -> row("-1").wholeNumber("v", 0))).isEqualTo("out_of_range:v");
    }

    @Test
    void rejects_negative_money_but_reads_zero_as_zero() {
        assertThat(reasonOf(() -> row("-100").money("v"))).isEqualTo("negative_money:v");
        assertThat(row("0").money("v")).isZero();
    }

    @Test
    void reads_only_plain_finite_decimals() {
        assertThat(row("150.437577").decimal("v", 0, 1000)).isEqualTo(150.437577);
        assertThat(row(".5").decimal("v", 0, 1000)).isEqualTo(0.5);
        assertThat(row("2e1").decimal("v", 0, 1000)).isEqualTo(20.0);
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "1f", "1d", "0x10", "1.2.3", "abc"}) {
            assertThat(reasonOf(() -> row(bad).decimal("v", 0, 1000))).as(bad).isEqualTo("bad_number:v");
        }
        assertThat(reasonOf(() -> row("1000").decimal("v", 0, 1000))).isEqualTo("out_of_range:v");
        assertThat(reasonOf(() -> row("1e400").decimal("v", 0, Double.POSITIVE_INFINITY))).isEqualTo("out_of_range:v");
    }

    @Test
    void reads_iso_dates_and_rejects_others() {
        assertThat(row("2009-12-10").isoDate("v")).isEqualTo(LocalDate.of(2009, 12, 10));
        assertThat(reasonOf(() -> row("2016-02-30").isoDate("v"))).isEqualTo("bad_date:v");
        assertThat(reasonOf(() -> row("12/10/2009").isoDate("v"))).isEqualTo("bad_date:v");
    }

    @Test
    void reads_blank_values_as_null_in_every_type() {
        assertThat(row("").wholeNumber("v", 0)).isNull();
        assertThat(row(" ").money("v")).isNull();
        assertThat(row("").decimal("v", 0, 1)).isNull();
        assertThat(row("").isoDate("v")).isNull();
        assertThat(row(" x ").text("v")).as("text is not trimmed").isEqualTo(" x ");
    }
}
