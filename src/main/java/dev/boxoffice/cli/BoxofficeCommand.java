package dev.boxoffice.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code boxoffice <subcommand>}. */
@Command(name = "boxoffice", mixinStandardHelpOptions = true, version = "boxoffice 0.1.0",
        description = "Predicts a film's box-office revenue and whether it will be a hit, from TMDB data.",
        subcommands = {CommandLine.HelpCommand.class})
public final class BoxofficeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line for the given environment, runs it and returns the exit code. */
    public static int run(String[] args, Map<String, String> env) {
        return new CommandLine(new BoxofficeCommand()).execute(args);
    }
}
