package dev.boxoffice.cli;

import dev.boxoffice.jobs.TrainOutcome;
import dev.boxoffice.jobs.TrainReport;
import dev.boxoffice.store.RegisteredModel;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** How train and quickstart describe a finished run: winners with their figures, registry versions, reports. */
final class TrainSummary {
    private TrainSummary() {
    }

    /** The winners' line of a run, e.g. "best regressor: xgboost (...)". */
    static String winners(TrainOutcome o) {
        TrainReport r = o.report();
        String val = r.selectionPart();   // the validation films the winners were chosen on
        return String.format(Locale.ROOT, "best regressor: %s as %s (%s RMSE %.4f, test RMSE %.4f); "
                        + "best classifier: %s as %s (%s AUC %.4f, test AUC %.4f)",
                r.bestRegressor().name(), o.bestRegressor().ref(), val, r.bestRegressor().metric(val, "rmse"),
                r.bestRegressor().metric("test", "rmse"), r.bestClassifier().name(), o.bestClassifier().ref(),
                val, r.bestClassifier().metric(val, "auc"), r.bestClassifier().metric("test", "auc"));
    }

    /** Registered and promoted versions. */
    static String registry(TrainOutcome o) {
        String registered = o.registered().stream().map(m -> m.ref().toString()).collect(Collectors.joining(", "));
        String promoted = o.promoted().isEmpty() ? "none (--no-promote)"
                : o.promoted().stream().map(RegisteredModel::ref).map(Object::toString).collect(Collectors.joining(", "));
        return "registered: " + registered + System.lineSeparator() + "promoted to production: " + promoted;
    }

    /** The full summary of {@code boxoffice train}. */
    static void print(PrintWriter out, TrainOutcome o) {
        o.report().tableLines().forEach(out::println);
        out.println();
        out.println(winners(o));
        out.println(registry(o));
        out.printf(Locale.ROOT, "report: %s; models and plots under %s (%.1f s)%n", o.options().effectiveReportJson(),
                o.options().reportDir(), o.report().seconds());
        out.flush();
    }
}
