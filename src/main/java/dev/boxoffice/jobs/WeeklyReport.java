package dev.boxoffice.jobs;

import dev.boxoffice.jobs.WeeklyOutcome.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One weekly run: the window, each discovered film's outcome in release order, and the production
 * models that scored them ("market: regressor vN + classifier vM").
 */
public record WeeklyReport(LocalDate from, LocalDate to, boolean dryRun, List<WeeklyOutcome> outcomes,
                           List<String> modelsUsed) {
    public WeeklyReport {
        outcomes = List.copyOf(outcomes);
        modelsUsed = List.copyOf(modelsUsed);
    }

    /** How many films ended with the status. */
    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** The report as lines for a terminal: one per film, then the models and the totals. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Theatrical releases %s..%s%s:", from, to, dryRun ? " (dry run: nothing stored)" : ""));
        for (WeeklyOutcome o : outcomes) lines.add(line(o));
        lines.add("models used: " + (modelsUsed.isEmpty() ? "none" : String.join("; ", modelsUsed)));
        lines.add(String.format(Locale.ROOT, "%d films: %d predicted, %d would be predicted, %d already predicted, %d unscorable",
                outcomes.size(), count(Status.PREDICTED), count(Status.WOULD_PREDICT), count(Status.ALREADY_PREDICTED),
                count(Status.UNSCORABLE)));
        return lines;
    }

    private static String line(WeeklyOutcome o) {
        String head = String.format(Locale.ROOT, "  %-17s %s  %s (tmdb %d)", o.status(), o.releaseDate(), o.title(), o.movieId());
        if (o.status() == Status.UNSCORABLE) return head + ": " + o.reason();
        String by = o.model() == null ? "" : " by " + o.model() + " v" + o.modelVersion();
        if (o.predictedRevenueUsd() == null) return head + by;
        String hit = o.hitProbability() == null ? "" : String.format(Locale.ROOT, ", hit probability %.2f", o.hitProbability());
        return head + String.format(Locale.ROOT, ": $%,.0f%s", o.predictedRevenueUsd(), hit) + by;
    }
}
