package dev.boxoffice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCsvFile {
    private static final CsvLayout LAYOUT = new CsvLayout("test file", List.of("id"), List.of("value"), List.of());

    @TempDir
    Path dir;

    /** Reads each row of the content through the given field reader; returns the values and the report. */
    private <T> List<T> read(String content, Function<CsvRow, T> field, ReadReportBuilder report) {
        List<T> values = new ArrayList<>();
        new CsvFile(Fixtures.write(dir, "test.csv", content)).forEachRow(LAYOUT, report, row -> values.add(field.apply(row)));
        return values;
    }

    private <T> List<T> read(String content, Function<CsvRow, T> field) {
        return read(content, field, new ReadReportBuilder(dir));
    }

    @Test
    void reads_lf_crlf_and_cr_line_endings_alike() {
        assertThat(read("id,value\n1,a\n2,b\n", r -> r.text("value"))).containsExactly("a", "b");
        assertThat(read("id,value\r\n1,a\r\n2,b\r\n", r -> r.text("value"))).containsExactly("a", "b");
        assertThat(read("id,value\r1,a\r2,b\r", r -> r.text("value"))).containsExactly("a", "b");
    }

    @Test
    void numbers_rows_by_the_line_they_start_on_across_quoted_line_breaks_and_blank_lines() {
        List<Long> lines = read("id,value\n1,\"two\nlines\"\n2,x\n\n3,\"a\r\nb\"\n4,y\n", CsvRow::line);

        assertThat(lines).containsExactly(2L, 4L, 6L, 8L);
    }

    @Test
    void skips_blank_lines_before_the_header_without_counting_them_as_rows() {
        ReadReportBuilder report = new ReadReportBuilder(dir);

        assertThat(read("\n\nid,value\n1,a\n\n", CsvRow::line, report)).containsExactly(4L);
        assertThat(report.build().rowsRead()).isEqualTo(1);
    }

    @Test
    void skips_a_utf8_byte_order_mark_before_the_header() {
        assertThat(read("\uFEFFid,value\n7,x\n", r -> r.wholeNumber("id", 0))).containsExactly(7L);
    }

    @Test
    void finds_columns_by_name_ignoring_unnamed_and_extra_ones() {
        assertThat(read(",extra,value,id\n0,e,v,9\n", r -> r.text("value") + r.wholeNumber("id", 0))).containsExactly("v9");
    }

    @Test
    void reads_absent_columns_and_blank_values_as_null() {
        assertThat(read("id\n1\n", r -> r.text("value") == null && !r.has("value"))).containsExactly(true);
        assertThat(read("id,value\n1,  \n", r -> r.text("value") == null)).containsExactly(true);
    }

    @Test
    void counts_rows_with_too_few_or_too_many_fields() {
        ReadReportBuilder report = new ReadReportBuilder(dir);

        List<String> kept = read("id,value\n1,a\n2\n3,c,extra\n4,d\n", r -> r.text("id"), report);

        assertThat(kept).containsExactly("1", "4");
        ReadReport built = report.build();
        assertThat(built.rejectedByReason()).containsOnly(entry("wrong_field_count", 2));
        assertThat(built.exampleLines()).containsOnly(entry("wrong_field_count", List.of(3L, 4L)));
        assertThat(built.rowsRead()).isEqualTo(4);
        assertThat(built.rowsKept()).isEqualTo(2);
    }

    @Test
    void keeps_only_the_first_five_line_numbers_of_a_reason() {
        ReadReportBuilder report = new ReadReportBuilder(dir);

        read("id\n1\n2\n3\n4\n5\n6\n7\n", r -> {
            throw new BadRowException("bad");
        }, report);

        assertThat(report.build().rejectedByReason()).containsOnly(entry("bad", 7));
        assertThat(report.build().exampleLines()).containsOnly(entry("bad", List.of(2L, 3L, 4L, 5L, 6L)));
    }

    @Test
    void fails_naming_the_file_and_line_of_an_unclosed_quote() {
        Path file = Fixtures.write(dir, "broken.csv", "id,value\n1,a\n2,\"never closed\n3,c\n");

        assertThatThrownBy(() -> new CsvFile(file).forEachRow(LAYOUT, new ReadReportBuilder(file), r -> { }))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("near line 3")
                .hasMessageContaining("not well-formed CSV");
    }

    @Test
    void fails_on_bytes_that_are_not_utf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'i', 'd', '\n', 'A', 'm', (byte) 0xE9, 'l', 'i', 'e', '\n'});

        assertThatThrownBy(() -> new CsvFile(file).forEachRow(LAYOUT, new ReadReportBuilder(file), r -> { }))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refuses_a_header_that_names_a_column_twice() {
        Path file = Fixtures.write(dir, "twice.csv", "id,value,value\n1,a,b\n");

        assertThatThrownBy(() -> new CsvFile(file).forEachRow(LAYOUT, new ReadReportBuilder(file), r -> { }))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("names column 'value' twice");
    }

    @Test
    void reads_the_header_of_a_file_trimmed() {
        assertThat(new CsvFile(Fixtures.write(dir, "h.csv", "\uFEFF id , title\n1,x\n")).header())
                .containsExactly("id", "title");
    }
}
