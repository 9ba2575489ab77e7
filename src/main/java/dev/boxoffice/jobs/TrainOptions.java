package dev.boxoffice.jobs;

import dev.boxoffice.features.Profile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How one training run is done.
 *
 * @param splitFile CSV {@code id,split}; null for a seeded random 60/20/20 split
 * @param reportDir where models, plots and the report go
 * @param reportJson where the JSON report goes; null for {@code reportDir/report.json}
 * @param excludeFlagged leave rows with implausible money out of training (never out of evaluation)
 * @param plots whether to draw the charts
 */
public record TrainOptions(Profile profile, Path splitFile, long seed, Path reportDir, Path reportJson,
                           boolean excludeFlagged, boolean plots) {
    /** The reference's seed for its random split. */
    public static final long DEFAULT_SEED = 42;

    public TrainOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(reportDir, "reportDir");
    }

    public Path effectiveReportJson() {
        return reportJson != null ? reportJson : reportDir.resolve("report.json");
    }
}
