package dev.boxoffice.cli;

import picocli.CommandLine.Command;

/** {@code boxoffice client}: talks to a running {@code boxoffice serve} so nobody has to write HTTP by hand. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Ask a running boxoffice server for predictions.",
        subcommands = {ClientPredictCommand.class, ClientBatchCommand.class})
final class ClientCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
