package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.DataException;
import dev.boxoffice.data.Tmdb5000Reader;
import java.nio.file.Path;

/** Resolves where the TMDB 5000 files are: --data, else BOXOFFICE_DATA; says exactly where it looked when neither works. */
final class DataLocation {
    private DataLocation() {
    }

    static Path require(Path flag, AppConfig config) {
        Path dir = flag != null ? flag : config.dataDir();
        if (dir == null) {
            throw new DataException("No data directory given: pass --data DIR or set " + AppConfig.ENV_DATA
                    + " to the folder holding " + Tmdb5000Reader.MOVIES_FILE + " and " + Tmdb5000Reader.CREDITS_FILE
                    + " (download the Kaggle \"TMDB 5000 Movie Dataset\" from " + Tmdb5000Reader.KAGGLE_URL + ").");
        }
        if (!dir.toFile().exists()) {
            throw new DataException("Data directory " + dir.toAbsolutePath() + " (from "
                    + (flag != null ? "--data" : AppConfig.ENV_DATA) + ") does not exist; it should hold "
                    + Tmdb5000Reader.MOVIES_FILE + " and " + Tmdb5000Reader.CREDITS_FILE + " from "
                    + Tmdb5000Reader.KAGGLE_URL + ".");
        }
        return dir;
    }
}
