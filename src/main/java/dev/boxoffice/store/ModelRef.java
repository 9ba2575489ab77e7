package dev.boxoffice.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a registered model as written on a command line: {@code NAME} or {@code NAME:VERSION}.
 * A null version means "whichever version the context picks" (the latest, or the production one).
 */
public record ModelRef(String name, Integer version) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ModelRef {
        requireValidName(name);
        if (version != null && version < 1) throw new IllegalArgumentException("version must be >= 1, got " + version);
    }

    /** A reference to one version. */
    public static ModelRef of(String name, int version) {
        return new ModelRef(name, version);
    }

    /**
     * Parses {@code NAME[:VERSION]}.
     *
     * @throws IllegalArgumentException when the name is invalid or the version is not a positive integer
     */
    public static ModelRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.lastIndexOf(':');
        if (colon < 0) return new ModelRef(text, null);
        String version = text.substring(colon + 1);
        if (!version.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("model reference must be NAME or NAME:VERSION, got " + text);
        }
        return new ModelRef(text.substring(0, colon), Integer.parseInt(version));
    }

    /**
     * Checks a model name: 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit.
     *
     * @throws IllegalArgumentException when it is not
     */
    static void requireValidName(String name) {
        Objects.requireNonNull(name, "model name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name must be 1-100 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit, got '" + name + "'");
        }
    }

    @Override
    public String toString() {
        return version == null ? name : name + ":" + version;
    }
}
