package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Ingest progress: a bar redrawn in place on a terminal, plain lines elsewhere. */
class TestProgressBar {
    private final StringWriter text = new StringWriter();

    @Test
    void on_a_terminal_the_bar_is_redrawn_and_ends_its_line_when_complete() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true);

        bar.committed("movies", 1, 4);
        bar.committed("movies", 4, 4);

        assertThat(text.toString()).isEqualTo("\rmovies   [#######                       ] 1/4"
                + "\rmovies   [##############################] 4/4" + System.lineSeparator());
    }

    @Test
    void a_bar_left_open_by_a_failure_is_closed_so_the_error_starts_a_line() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true);
        bar.committed("features", 2, 6);

        bar.finish();
        bar.finish();

        assertThat(text.toString()).endsWith("2/6" + System.lineSeparator()).doesNotEndWith(System.lineSeparator() + System.lineSeparator());
    }

    @Test
    void off_a_terminal_each_step_is_a_plain_line() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false);

        bar.committed("movies", 500, 4803);
        bar.finish();

        assertThat(text.toString()).isEqualTo("movies: 500/4803 committed" + System.lineSeparator());
    }
}
