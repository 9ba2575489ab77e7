package dev.boxoffice.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-made data files under src/test/resources/fixtures, located through the class path. */
final class Fixtures {
    private Fixtures() {
    }

    /** A fixture directory or file, e.g. "tmdb-small" or "tmdb-small/movies.csv". */
    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    /**
     * A fresh directory holding a fixture's movies.csv and credits.csv under the Kaggle names. The fixtures
     * themselves use other names so no file named like the real TMDB 5000 data is ever committed.
     */
    static Path kaggleDirectory(String name) {
        try {
            Path dir = Files.createTempDirectory("boxoffice-fixture-");
            // deleteOnExit deletes in reverse order of registration: the directory must come first, so it is
            // deleted last, once empty (registered last, every run left a directory behind in /tmp)
            dir.toFile().deleteOnExit();
            copy(name + "/movies.csv", dir, Tmdb5000Reader.MOVIES_FILE).toFile().deleteOnExit();
            copy(name + "/credits.csv", dir, Tmdb5000Reader.CREDITS_FILE).toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture file into a directory under a new name, so tests can arrange directories freely. */
    static Path copy(String name, Path dir, String newName) {
        try {
            return Files.copy(path(name), dir.resolve(newName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small file for one test, in UTF-8. */
    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
