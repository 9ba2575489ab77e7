package dev.boxoffice.cli;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.Profile;
import dev.boxoffice.jobs.HindiTrainOutcome;
import dev.boxoffice.jobs.RegisteredHindiTraining;
import dev.boxoffice.store.RegisteredModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code boxoffice train --market hi}: the Hindi market trains its own pair of models (the reference study's
 * random forest and the Hindi model) with the reference's CV and a temporal back-test, not the global profiles.
 */
final class HindiTrain {
    private HindiTrain() {
    }

    /** Whether a train command is a Hindi one; rejects profiles and markets that do not go together. */
    static boolean isHindi(String market, Profile profile, boolean profileGiven) {
        boolean hindiProfile = profile.market() != null;
        if (Movie.HINDI.equals(market)) {
            if (profileGiven && !hindiProfile) {
                throw new IllegalArgumentException("--profile " + profile.cliName() + " is not trained with --market hi: "
                        + "the Hindi market trains its own models (hindi and hindi-reference); leave --profile out");
            }
            return true;
        }
        if (hindiProfile) {
            throw new IllegalArgumentException("--profile " + profile.cliName() + " is trained with --market hi");
        }
        return false;
    }

    /** Trains, registers and (unless told not to) promotes; prints the comparison and the registry lines. */
    static void run(StoreHandle store, List<Movie> movies, Path reportJson, boolean promote, Clock clock,
                    PrintWriter out, PrintWriter err) {
        HindiTrainOutcome o = new RegisteredHindiTraining(store.registry(), clock, err).run(movies, reportJson, promote);
        o.report().tableLines().forEach(out::println);
        out.println();
        out.println("registered: " + o.registered().stream().map(m -> m.ref().toString())
                .collect(Collectors.joining(", ")));
        RegisteredModel promoted = o.promoted();
        out.println("promoted to production: " + (promoted == null ? "none (--no-promote)" : promoted.ref()));
        out.printf(Locale.ROOT, "report: %s (%.1f s)%n", o.reportJson(), o.report().seconds());
        out.flush();
    }
}
