package dev.boxoffice.features;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names whose presence in a cast makes {@code star_present} 1. Matching is on the credited name, as
 * the reference study matched it, but ignoring case and surrounding spaces so "Ajay Devgn " still counts.
 *
 * @param names the star names as given, in order, without duplicates
 */
public record StarList(List<String> names) {
    /** The reference Bollywood study's seven stars. */
    public static final StarList BOLLYWOOD = new StarList(List.of("Aamir Khan", "Salman Khan", "Shah Rukh Khan",
            "Akshay Kumar", "Ajay Devgn", "Hrithik Roshan", "Ranbir Kapoor"));

    public StarList {
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null || n.isBlank()) throw new IllegalArgumentException("star names must not be blank, got " + names);
            seen.add(n.strip());
        }
        names = List.copyOf(seen);
    }

    /** Parses a comma-separated list, e.g. {@code "Aamir Khan, Salman Khan"}. */
    public static StarList parse(String commaSeparated) {
        return new StarList(List.of(commaSeparated.split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList());
    }

    /** Whether {@code name} is one of the stars. */
    public boolean contains(String name) {
        if (name == null) return false;
        String wanted = key(name);
        return names.stream().anyMatch(n -> key(n).equals(wanted));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
