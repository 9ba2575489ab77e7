package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.DataException;
import dev.boxoffice.data.Tmdb5000Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves where the film files are: --data, else BOXOFFICE_DATA, else BOXOFFICE_HOME/data when that
 * folder exists; says exactly where it looked, and how to get the data, when none works.
 */
final class DataLocation {
    /** The folder under BOXOFFICE_HOME searched last. */
    static final String HOME_DATA_DIR = "data";

    private DataLocation() {
    }

    static Path require(Path flag, AppConfig config) {
        Path homeData = config.home().resolve(HOME_DATA_DIR);
        Path dir = flag != null ? flag : config.dataDir() != null ? config.dataDir() : Files.isDirectory(homeData) ? homeData : null;
        String files = Tmdb5000Reader.MOVIES_FILE + " and " + Tmdb5000Reader.CREDITS_FILE;
        if (dir == null) {
            throw new DataException("No film data found: --data was not given, " + AppConfig.ENV_DATA + " is not set, and "
                    + homeData.toAbsolutePath() + " does not exist. Download the Kaggle \"TMDB 5000 Movie Dataset\" from "
                    + Tmdb5000Reader.KAGGLE_URL + ", unzip " + files + " into a folder, then pass --data FOLDER, set "
                    + AppConfig.ENV_DATA + "=FOLDER, or put them in " + homeData.toAbsolutePath() + ".");
        }
        if (!Files.exists(dir)) {
            String from = flag != null ? "--data" : config.dataDir() != null ? AppConfig.ENV_DATA : AppConfig.ENV_HOME + "/data";
            throw new DataException("Data directory " + dir.toAbsolutePath() + " (from " + from + ") does not exist; it should"
                    + " hold " + files + " from the Kaggle \"TMDB 5000 Movie Dataset\" at " + Tmdb5000Reader.KAGGLE_URL + ".");
        }
        return dir;
    }
}
