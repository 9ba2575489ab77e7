package dev.boxoffice.cli;

import picocli.CommandLine.Option;

/** --verbose, for commands declared as methods; {@link FailureHandler} looks for it on any level. */
final class VerboseOption {
    @Option(names = "--verbose", description = "Print stack traces on failure.")
    boolean verbose;
}
