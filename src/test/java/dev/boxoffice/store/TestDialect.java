package dev.boxoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestDialect {
    @Test
    void is_detected_from_the_url() {
        assertThat(Dialect.fromUrl("jdbc:sqlite:/home/a/.boxoffice/boxoffice.db")).isEqualTo(Dialect.SQLITE);
        assertThat(Dialect.fromUrl("jdbc:postgresql://db:5432/boxoffice?user=bo")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.POSTGRESQL.jsonName()).isEqualTo("postgresql");
    }

    @Test
    void an_unsupported_url_is_rejected_without_its_password() {
        assertThatThrownBy(() -> Dialect.fromUrl("jdbc:mysql://db/x?user=bo&password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:sqlite: or jdbc:postgresql:")
                .hasMessageContaining("password=***").hasMessageNotContaining("hunter2");
    }

    @Test
    void an_in_memory_sqlite_database_is_rejected() {
        assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an SQLite file");
        assertThatThrownBy(() -> Database.open("jdbc:sqlite:")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redaction_hides_passwords_in_parameters_and_user_info() {
        assertThat(Database.redact("jdbc:postgresql://db/x?user=bo&password=s3cr&t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=bo&password=***&t&ssl=true");
        assertThat(Database.redact("jdbc:postgresql://bo:s3cret@db:5432/x")).isEqualTo("jdbc:postgresql://bo:***@db:5432/x");
        assertThat(Database.redact("jdbc:sqlite:/tmp/a.db")).isEqualTo("jdbc:sqlite:/tmp/a.db");
    }

    @Test
    void an_unreachable_database_fails_with_a_store_exception_that_hides_the_password() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/boxoffice?user=bo&password=hunter2"
                + "&connectTimeout=2"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("migrating jdbc:postgresql://127.0.0.1:1/boxoffice?user=bo&password=***")
                .hasMessageNotContaining("hunter2");
    }
}
