package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.tmdb.TmdbClient;
import dev.boxoffice.data.tmdb.TmdbConfig;
import dev.boxoffice.features.StarList;
import dev.boxoffice.jobs.TmdbIngestJob;
import dev.boxoffice.jobs.TmdbIngestOptions;
import dev.boxoffice.jobs.TmdbIngestReport;
import dev.boxoffice.store.FeatureStore;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The options of {@code ingest --source tmdb-api}, as a picocli mixin, and the run they describe: a
 * training set of films with budget and revenue from the live TMDB API, resumable after a kill.
 */
final class TmdbSourceOptions {
    @Option(names = "--from-year", paramLabel = "YEAR",
            description = "With --source tmdb-api: first release year (primary release date).")
    Integer fromYear;

    @Option(names = "--to-year", paramLabel = "YEAR", description = "With --source tmdb-api: last release year.")
    Integer toYear;

    @Option(names = "--language", paramLabel = "ISO639",
            description = "With --source tmdb-api: only films originally in this language, e.g. hi (default: any).")
    String language;

    @Option(names = "--region", paramLabel = "ISO3166",
            description = "With --source tmdb-api: release dates of this country, e.g. IN (default: none).")
    String region;

    @Option(names = "--stars", paramLabel = "NAMES", split = ",",
            description = "With --source tmdb-api: the cast names behind star_present, comma-separated "
                    + "(default: the reference's seven Bollywood stars).")
    java.util.List<String> stars;

    /** The job's options; an IllegalArgumentException (exit 2) names what is missing or wrong. */
    TmdbIngestOptions toOptions() {
        if (fromYear == null || toYear == null) {
            throw new IllegalArgumentException("--source tmdb-api needs --from-year and --to-year, e.g. "
                    + "--from-year 2000 --to-year 2023");
        }
        StarList starList = stars == null || stars.isEmpty() ? StarList.BOLLYWOOD : new StarList(stars);
        return new TmdbIngestOptions(fromYear, toYear, language, region, TmdbClient.MAX_PAGES,
                TmdbIngestOptions.DEFAULT_BATCH_SIZE, starList);
    }

    /**
     * Checks the options and credentials before touching the store, then runs the ingest into {@code store}:
     * progress on {@code err}, the summary on {@code out}.
     */
    TmdbIngestReport run(AppConfig config, StoreOpener store, PrintWriter out, PrintWriter err) {
        TmdbIngestOptions options = toOptions();
        TmdbClient client = new TmdbClient(TmdbConfig.from(config)); // no credentials: exit 2 naming the variables
        TmdbIngestReport report = new TmdbIngestJob(client, store.open(), err).run(options);
        out.println(report.summary());
        out.flush();
        return report;
    }

    /** Opens the store only once the options are known to be valid. */
    @FunctionalInterface
    interface StoreOpener {
        FeatureStore open();
    }
}
