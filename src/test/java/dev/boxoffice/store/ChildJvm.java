package dev.boxoffice.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of the test classpath in a separate JVM, so a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly()}) the way an operator or the OOM killer would. Output (stdout and
 * stderr) goes to {@code log}.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code mainClass} with {@code args} under the running JVM's java and the test classpath. */
    public static Process start(Class<?> mainClass, List<String> args, Path log) throws IOException {
        return start(mainClass, args, java.util.Map.of(), log);
    }

    /** As {@link #start(Class, List, Path)}, with {@code env} added to (or replacing in) the inherited environment. */
    public static Process start(Class<?> mainClass, List<String> args, java.util.Map<String, String> env, Path log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire runs tests from a manifest-only jar; this property holds the real classpath
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath, mainClass.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }
}
