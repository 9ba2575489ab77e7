package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code boxoffice <subcommand>}. Holds the environment the subcommands build their config from. */
@Command(name = "boxoffice", mixinStandardHelpOptions = true, version = "boxoffice 0.1.0",
        description = "Predicts a film's box-office revenue and whether it will be a hit, from TMDB data.%n"
                + "This product uses the TMDB API but is not endorsed or certified by TMDB.",
        subcommands = {QuickstartCommand.class, IngestCommand.class, TrainCommand.class, BacktestCommand.class,
            PredictCommand.class, ModelsCommand.class, StoreCommand.class, ServeCommand.class, ClientCommand.class,
            WeeklyCommand.class, CommandLine.HelpCommand.class})
public final class BoxofficeCommand implements Runnable {
    private final Map<String, String> env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    BoxofficeCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The settings from the environment; subcommands apply their flags on top. */
    AppConfig config() {
        return AppConfig.fromEnvironment(env);
    }

    /** The clock every command stamps and dates with. */
    Clock clock() {
        return Clock.systemUTC();
    }

    /** True when stderr is a terminal, so progress may be drawn in place. */
    boolean terminal() {
        return System.console() != null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line for the given environment. */
    public static CommandLine commandLine(Map<String, String> env) {
        CommandLine cmd = new CommandLine(new BoxofficeCommand(env));
        cmd.setExecutionExceptionHandler(new FailureHandler());
        cmd.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("boxoffice: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCode.INVALID_INPUT.code();
        });
        return cmd;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, Map<String, String> env) {
        return commandLine(env).execute(args);
    }
}
