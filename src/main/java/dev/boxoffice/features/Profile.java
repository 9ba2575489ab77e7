package dev.boxoffice.features;

import dev.boxoffice.data.Movie;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which facts a model may use: the reference study's four, only pre-release facts, or post-release too; and
 * the market-specific profiles of the Hindi-language (Bollywood) models.
 */
public enum Profile {
    /** The reference study: runtime, popularity, vote average, log budget, on its exact rows. */
    SEED("seed"),
    /** Only what is known before release: budget, timing, genres, language, companies, people's records. */
    PRE_RELEASE("pre-release"),
    /** Pre-release plus popularity, vote average and vote count, which exist only after release. */
    POST_RELEASE("post-release"),
    /** The reference Bollywood study's five TMDB API features, for Hindi-language films only. */
    HINDI_REFERENCE("hindi-reference", Movie.HINDI),
    /** This project's Hindi-language model: the reference's facts in log form, with the unit-error budget hinge. */
    HINDI("hindi", Movie.HINDI);

    private final String cliName;
    private final String market;

    Profile(String cliName) {
        this(cliName, null);
    }

    Profile(String cliName, String market) {
        this.cliName = cliName;
        this.market = market;
    }

    /** The market whose films this profile is built for, or null when it serves any market. */
    public String market() {
        return market;
    }

    /** The name used on the command line, in reports and in the registry. */
    public String cliName() {
        return cliName;
    }

    /**
     * Parses a profile name as written on the command line ("pre-release"; case and '_' tolerated).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Profile parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Profile p : values()) {
            if (p.cliName.equals(wanted)) return p;
        }
        throw new IllegalArgumentException("profile must be one of "
                + Arrays.stream(values()).map(Profile::cliName).collect(Collectors.joining(", ")) + ", got " + name);
    }

    @Override
    public String toString() {
        return cliName;
    }
}
