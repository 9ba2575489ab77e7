package dev.boxoffice.jobs;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param discovered     distinct films the discover queries listed
 * @param alreadyStored  of those, films the store held before the run (not fetched again)
 * @param fetched        films whose details were fetched
 * @param stored         fetched films with budget and revenue, upserted into the store
 * @param withoutMoney   fetched films left out for an unknown budget or revenue
 * @param incompleteYears years with more discover pages than were read (narrow the query to get them)
 */
public record TmdbIngestReport(int discovered, int alreadyStored, int fetched, int stored, int withoutMoney,
                               List<Integer> incompleteYears, double seconds) {
    public TmdbIngestReport {
        incompleteYears = List.copyOf(incompleteYears);
    }

    /** One line for the terminal. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "discovered %d films: %d already stored, %d fetched, %d stored "
                        + "(budget and revenue known), %d without budget or revenue (%.1f s)%s", discovered,
                alreadyStored, fetched, stored, withoutMoney, seconds,
                incompleteYears.isEmpty() ? "" : "; more pages than read in " + incompleteYears);
    }
}
