package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each CLI process unpacks native libraries into a folder of its own, removed at exit. */
class TestPrivateTempDir {
    @TempDir Path parent;
    private final String original = System.getProperty("java.io.tmpdir");

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", original);
    }

    @Test
    void two_processes_get_different_folders_under_the_system_temp_folder() {
        Path first = PrivateTempDir.install(parent);
        Path second = PrivateTempDir.install(parent);

        assertThat(first).isNotEqualTo(second).isDirectory().hasParent(parent);
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(second.toString());
    }

    @Test
    void the_folder_and_its_files_are_deleted() throws Exception {
        Path dir = PrivateTempDir.install(parent);
        Files.writeString(Files.createDirectories(dir.resolve("nested")).resolve("lib_lightgbm.so"), "x");

        PrivateTempDir.deleteQuietly(dir);

        assertThat(dir).doesNotExist();
        assertThat(parent).isEmptyDirectory();
    }
}
