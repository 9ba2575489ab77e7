package dev.boxoffice.cli;

import dev.boxoffice.store.StoreStats;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boxoffice store stats}: what the feature store and registry hold. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Inspect the feature store.")
final class StoreCommand implements Runnable {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Rows per feature group, registered model versions, and which database it is.")
    int stats(@Option(names = "--json", description = "Print {\"feature_groups\": {...}, \"models\": N, \"database\": ...}.")
              boolean json, @Mixin VerboseOption verbose) {
        StoreHandle store = StoreHandle.open(root.config(), root.clock());
        StoreStats stats = store.features().stats();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CardJson.write(toJson(stats)));
        } else {
            out.println("database: " + store.describe());
            stats.featureGroups().forEach((group, rows) -> out.printf(Locale.ROOT, "  %-16s %,10d rows%n", group, rows));
            out.printf(Locale.ROOT, "  %-16s %,10d versions%n", "models", stats.models());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** Exactly the keys of the contract, in its order. */
    static Map<String, Object> toJson(StoreStats stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feature_groups", stats.featureGroups());
        json.put("models", stats.models());
        json.put("database", stats.database());
        return json;
    }
}
