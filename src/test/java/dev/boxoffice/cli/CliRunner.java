package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the real command line in this JVM, as picocli's "Testing Your Application" does: the production
 * {@link BoxofficeCommand#commandLine(Map)} with stdout and stderr captured, in an environment whose
 * BOXOFFICE_HOME is a test folder (and nothing else, unless the test adds it).
 */
final class CliRunner {
    private final Map<String, String> env = new HashMap<>();

    /** A runner whose store, reports and models live under {@code home}. */
    CliRunner(Path home) {
        env.put(AppConfig.ENV_HOME, home.toString());
    }

    /** Adds (or, with null, removes) an environment variable. */
    CliRunner with(String name, String value) {
        if (value == null) env.remove(name);
        else env.put(name, value);
        return this;
    }

    /** Runs {@code boxoffice ARGS...}. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = BoxofficeCommand.commandLine(env);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
