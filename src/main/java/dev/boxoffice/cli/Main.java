package dev.boxoffice.cli;

import java.nio.file.Path;

/** Entry point of the executable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrivateTempDir.install(Path.of(System.getProperty("java.io.tmpdir")));
        System.exit(BoxofficeCommand.run(args, System.getenv()));
    }
}
