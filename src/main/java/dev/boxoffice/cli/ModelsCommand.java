package dev.boxoffice.cli;

import dev.boxoffice.store.ModelRef;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.ModelNotFoundException;
import dev.boxoffice.store.RegisteredModel;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boxoffice models list | show | promote | rollback}: the model registry from the command line. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, inspect, promote and roll back registered models.")
final class ModelsCommand implements Runnable {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every registered model version: name, version, market, task, profile, stage, created, "
                    + "and validation/test RMSE (regressors) or AUC (classifiers).")
    int list(@Option(names = "--json", description = "Print a JSON array instead of a table.") boolean json,
             @Option(names = "--market", paramLabel = "MARKET", description = "Only this market's models.") String market,
             @Mixin VerboseOption verbose) {
        ModelRegistry registry = registry();
        List<RegisteredModel> models = market == null ? registry.list() : registry.list(market);
        PrintWriter out = out();
        if (json) {
            out.println(CardJson.write(models.stream().map(CardJson::summary).toList()));
        } else if (models.isEmpty()) {
            out.println("no models registered; run `boxoffice train` or `boxoffice quickstart`");
        } else {
            ModelTable.lines(models).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The full card of a model as JSON: the given version, else the latest.")
    int show(@Parameters(paramLabel = "NAME[:VERSION]") String ref, @Mixin VerboseOption verbose) {
        ModelRef parsed = ModelRef.parse(ref);
        RegisteredModel model = registry().find(parsed).orElseThrow(() -> new ModelNotFoundException(parsed));
        out().println(CardJson.write(CardJson.full(model)));
        out().flush();
        return ExitCode.OK.code();
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Put NAME:VERSION in production; the version that was is archived.")
    int promote(@Parameters(paramLabel = "NAME:VERSION") String ref, @Mixin VerboseOption verbose) {
        ModelRef parsed = ModelRef.parse(ref);
        if (parsed.version() == null) {
            throw new IllegalArgumentException("promote needs NAME:VERSION, got " + ref + "; see `boxoffice models list`");
        }
        RegisteredModel model = registry().promote(parsed.name(), parsed.version());
        out().println(model.ref() + " is in production");
        out().flush();
        return ExitCode.OK.code();
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Archive NAME's production version and put back the version promoted before it.")
    int rollback(@Parameters(paramLabel = "NAME") String name, @Mixin VerboseOption verbose) {
        ModelRef parsed = ModelRef.parse(name);
        if (parsed.version() != null) {
            throw new IllegalArgumentException("rollback takes a model NAME without version, got " + name);
        }
        RegisteredModel model;
        try {
            model = registry().rollback(parsed.name());
        } catch (IllegalStateException nothingToRollBack) {
            // the registry's state, not a bug: the user asked for something this model's history cannot give
            throw new CommandFailure(ExitCode.INVALID_INPUT, nothingToRollBack.getMessage());
        }
        out().println(model.ref() + " is in production again");
        out().flush();
        return ExitCode.OK.code();
    }

    private ModelRegistry registry() {
        return StoreHandle.open(root.config(), root.clock()).registry();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
