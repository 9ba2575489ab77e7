package dev.boxoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.AppConfig;
import dev.boxoffice.store.ChildJvm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code boxoffice serve --weekly "DAY HH:MM"}: the schedule is checked before the server starts, then announced. */
class TestServeWeekly {
    @TempDir
    Path dir;

    @Test
    void a_malformed_schedule_is_a_usage_error_before_the_server_starts() {
        StringWriter err = new StringWriter();
        CommandLine cmd = BoxofficeCommand.commandLine(Map.of(AppConfig.ENV_HOME, dir.toString()));
        cmd.setErr(new PrintWriter(err, true));
        assertThat(cmd.execute("serve", "--port", "0", "--weekly", "someday 6am")).isEqualTo(2);
        assertThat(err.toString()).contains("MON 06:00");
        assertThat(dir.resolve("boxoffice.db")).doesNotExist();
    }

    @Test
    void the_server_announces_the_next_weekly_run() throws Exception {
        Path log = dir.resolve("serve.log");
        Map<String, String> env = Map.of(AppConfig.ENV_HOME, dir.toString(), AppConfig.ENV_DB,
                "jdbc:sqlite:" + dir.resolve("store/boxoffice.db"));
        Process serve = ChildJvm.start(Main.class, List.of("serve", "--port", "0", "--weekly", "mon 06:00"), env, log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (serve.isAlive() && !Files.readString(log).contains("weekly predictions") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).contains("boxoffice: weekly predictions MONDAY 06:00")
                    .containsPattern("next at \\d{4}-\\d{2}-\\d{2}T06:00");
            assertThat(serve.isAlive()).isTrue();
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
