package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.store.Database;
import dev.boxoffice.store.FeatureStore;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code boxoffice ingest-tmdb}: the TMDB API source of ingest on its own, until {@code ingest --source
 * tmdb-api} takes the same options.
 */
@Command(name = "ingest-tmdb", mixinStandardHelpOptions = true,
        description = "Build a training set from the live TMDB API: the films of --from-year..--to-year with budget "
                + "and revenue, with credits and the reference's people features, into the store. Resumable: "
                + "what is stored is skipped. Needs TMDB_API_KEY or TMDB_READ_TOKEN.")
final class IngestTmdbCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;
    @Mixin TmdbSourceOptions tmdb;

    @Option(names = "--verbose", description = "Print stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        AppConfig config = root.config();
        tmdb.run(config, () -> new FeatureStore(Database.open(config.effectiveDatabaseUrl()), Clock.systemUTC()),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return ExitCode.OK.code();
    }
}
