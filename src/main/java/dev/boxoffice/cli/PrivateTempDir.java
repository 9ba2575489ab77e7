package dev.boxoffice.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder of this process's own, for the native libraries the model libraries unpack.
 * lightgbm4j writes {@code java.io.tmpdir/lib_lightgbm.so} under that fixed name at every start, so a second
 * boxoffice process (a train while serve runs) would overwrite the library a running process has mapped and
 * crash it with SIGSEGV; a folder per process avoids that. The folder is deleted when the JVM exits normally.
 */
final class PrivateTempDir {
    private PrivateTempDir() {
    }

    /**
     * Creates a fresh folder under {@code parent}, points {@code java.io.tmpdir} at it and deletes it at exit.
     * Must run before any native library is loaded. Returns the folder.
     */
    static Path install(Path parent) {
        try {
            Path dir = Files.createTempDirectory(parent, "boxoffice-");
            System.setProperty("java.io.tmpdir", dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "boxoffice-tmp-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("creating a temporary folder under " + parent, e);
        }
    }

    /** Deletes {@code dir} and everything in it; what cannot be deleted stays (the OS cleans /tmp). */
    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: a leftover folder in the system temp folder is harmless
        }
    }
}
