package dev.boxoffice;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of a run, built once by the CLI from flags and the environment (flags override the
 * environment, which overrides the defaults named here) and passed down through constructors.
 * No other code reads the environment. {@link #toString()} redacts the TMDB credentials.
 */
public record AppConfig(
        Path dataDir,
        Path home,
        String databaseUrl,
        String tmdbBaseUrl,
        String tmdbApiKey,
        String tmdbReadToken) {

    public static final String ENV_DATA = "BOXOFFICE_DATA";
    public static final String ENV_HOME = "BOXOFFICE_HOME";
    public static final String ENV_DB = "BOXOFFICE_DB";
    public static final String ENV_TMDB_BASE_URL = "TMDB_BASE_URL";
    public static final String ENV_TMDB_API_KEY = "TMDB_API_KEY";
    public static final String ENV_TMDB_READ_TOKEN = "TMDB_READ_TOKEN";

    public static final String DEFAULT_TMDB_BASE_URL = "https://api.themoviedb.org/3";
    /** Home of the embedded store and reports when {@code BOXOFFICE_HOME} is unset: ~/.boxoffice. */
    public static final String DEFAULT_HOME_DIR = ".boxoffice";

    public AppConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(tmdbBaseUrl, "tmdbBaseUrl");
    }

    /** Reads the settings from an environment map (pass {@code System.getenv()} from the edge only). */
    public static AppConfig fromEnvironment(Map<String, String> env) {
        String data = blankToNull(env.get(ENV_DATA));
        String home = blankToNull(env.get(ENV_HOME));
        Path homeDir = home != null ? Path.of(home)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), DEFAULT_HOME_DIR);
        String base = blankToNull(env.get(ENV_TMDB_BASE_URL));
        return new AppConfig(data == null ? null : Path.of(data), homeDir, blankToNull(env.get(ENV_DB)),
                base == null ? DEFAULT_TMDB_BASE_URL : base,
                blankToNull(env.get(ENV_TMDB_API_KEY)), blankToNull(env.get(ENV_TMDB_READ_TOKEN)));
    }

    /** The JDBC URL of the store: {@code BOXOFFICE_DB}, else an SQLite file under the home directory. */
    public String effectiveDatabaseUrl() {
        return databaseUrl != null ? databaseUrl : "jdbc:sqlite:" + home.resolve("boxoffice.db");
    }

    public AppConfig withDataDir(Path dir) {
        return new AppConfig(dir, home, databaseUrl, tmdbBaseUrl, tmdbApiKey, tmdbReadToken);
    }

    public AppConfig withHome(Path dir) {
        return new AppConfig(dataDir, dir, databaseUrl, tmdbBaseUrl, tmdbApiKey, tmdbReadToken);
    }

    public AppConfig withDatabaseUrl(String url) {
        return new AppConfig(dataDir, home, url, tmdbBaseUrl, tmdbApiKey, tmdbReadToken);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "AppConfig[dataDir=" + dataDir + ", home=" + home + ", databaseUrl=" + redactUrl(databaseUrl)
                + ", tmdbBaseUrl=" + tmdbBaseUrl + ", tmdbApiKey=" + (tmdbApiKey == null ? "unset" : "***")
                + ", tmdbReadToken=" + (tmdbReadToken == null ? "unset" : "***") + "]";
    }

    private static String redactUrl(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
