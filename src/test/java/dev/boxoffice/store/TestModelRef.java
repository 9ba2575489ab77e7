package dev.boxoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestModelRef {
    @Test
    void parses_a_name_with_or_without_a_version() {
        assertThat(ModelRef.parse("xgb-revenue")).isEqualTo(new ModelRef("xgb-revenue", null));
        assertThat(ModelRef.parse("xgb-revenue:12")).isEqualTo(ModelRef.of("xgb-revenue", 12));
        assertThat(ModelRef.parse("ols.v2_hi:3").toString()).isEqualTo("ols.v2_hi:3");
    }

    @Test
    void rejects_bad_names_and_versions_naming_the_input() {
        assertThatThrownBy(() -> ModelRef.parse("xgb:0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version must be >= 1, got 0");
        assertThatThrownBy(() -> ModelRef.parse("xgb:latest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NAME or NAME:VERSION, got xgb:latest");
        assertThatThrownBy(() -> ModelRef.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelRef.parse("-x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelRef.parse("a b:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a b'");
    }
}
