package dev.boxoffice.cli;

import picocli.CommandLine.Option;

/** --verbose, mixed into every command; {@link FailureHandler} looks for it on any level. */
final class VerboseOption {
    @Option(names = "--verbose", description = "Print stack traces on failure.")
    boolean verbose;
}
