package dev.boxoffice.model.lightgbm;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads LightGBM's native library from a directory of this process's own. lightgbm4j extracts it to the
 * fixed path {@code $java.io.tmpdir/lib_lightgbm.so}; a second JVM starting meanwhile overwrites the file
 * while the first has it mapped, and the first dies with SIGSEGV (seen with parallel test JVMs and a CLI
 * running beside a server). So the temp dir is pointed at a fresh directory just while the library loads.
 */
final class NativeLightGbm {
    private static final Object LOCK = new Object();
    private static volatile boolean loaded;

    private NativeLightGbm() {
    }

    /** Loads the library once per process; cheap after the first call. */
    static void load() {
        if (loaded) return;
        synchronized (LOCK) {
            if (loaded) return;
            String tmp = System.getProperty("java.io.tmpdir");
            try {
                Path own = Files.createTempDirectory("boxoffice-lightgbm-");
                own.toFile().deleteOnExit();
                System.setProperty("java.io.tmpdir", own.toString());
                LGBMBooster.loadNative(); // the class's static initialiser extracts into the directory set above
                own.resolve("lib_lightgbm.so").toFile().deleteOnExit();
                own.resolve("lib_lightgbm_swig.so").toFile().deleteOnExit();
                loaded = true;
            } catch (IOException e) {
                throw new UncheckedIOException("loading LightGBM's native library", e);
            } finally {
                System.setProperty("java.io.tmpdir", tmp);
            }
        }
    }
}
