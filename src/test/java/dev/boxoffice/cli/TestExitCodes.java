package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.data.DataException;
import dev.boxoffice.data.tmdb.TmdbException;
import dev.boxoffice.store.ModelNotFoundException;
import dev.boxoffice.store.ModelRef;
import dev.boxoffice.store.StoreException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one mapping from failures to exit codes, by exception type. */
class TestExitCodes {
    @Test
    void bad_input_and_unknown_models_are_2() {
        assertThat(ExitCodes.of(new DataException("no header"))).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ExitCodes.of(new IllegalArgumentException("seed"))).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ExitCodes.of(new NumberFormatException("x"))).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ExitCodes.of(new ModelNotFoundException(ModelRef.parse("a:1")))).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void the_database_and_tmdb_outages_are_3_but_tmdb_refusing_our_request_is_2() {
        assertThat(ExitCodes.of(new StoreException("opening", new SQLException("refused")))).isEqualTo(ExitCode.UNAVAILABLE);
        for (TmdbException.Kind kind : TmdbException.Kind.values()) {
            TmdbException ex = new TmdbException(kind, 0, "/movie/1", 1, "failed", null);
            assertThat(ExitCodes.of(ex)).as(kind.name())
                    .isEqualTo(kind.serviceSide() ? ExitCode.UNAVAILABLE : ExitCode.INVALID_INPUT);
        }
        assertThat(ExitCodes.of(new TmdbException(TmdbException.Kind.UNAUTHORIZED, 401, "/movie/1", 1, "bad key", null)))
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ExitCodes.of(new TmdbException(TmdbException.Kind.SERVER_ERROR, 503, "/movie/1", 4, "down", null)))
                .isEqualTo(ExitCode.UNAVAILABLE);
    }

    @Test
    void anything_else_is_an_internal_error_whose_line_says_how_to_see_more() {
        IllegalStateException bug = new IllegalStateException("boom\nsecond line");

        assertThat(ExitCodes.of(bug)).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(ExitCodes.describe(bug)).isEqualTo("boom (IllegalStateException; rerun with --verbose for details)");
        assertThat(ExitCodes.of(new CommandFailure(ExitCode.UNAVAILABLE, "no model"))).isEqualTo(ExitCode.UNAVAILABLE);
    }
}
