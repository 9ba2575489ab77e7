package dev.boxoffice.serve;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TMDB ids of the people, companies and collections of the stored films, by name, so a request that names
 * "Christopher Nolan" or "Marvel Studios" reaches the same track record training saw. A name the store does
 * not know gets an id of its own below zero: it then has no history, which is the truth. Immutable.
 */
final class NameDirectory {
    static final NameDirectory EMPTY = of(java.util.List.of());

    private final Map<String, Long> people;
    private final Map<String, Long> companies;
    private final Map<String, Long> collections;

    private NameDirectory(Map<String, Long> people, Map<String, Long> companies, Map<String, Long> collections) {
        this.people = people;
        this.companies = companies;
        this.collections = collections;
    }

    static NameDirectory of(Collection<Movie> movies) {
        Map<String, Long> people = new HashMap<>();
        Map<String, Long> companies = new HashMap<>();
        Map<String, Long> collections = new HashMap<>();
        for (Movie m : movies) {
            if (m.credits() != null) {
                for (Credit c : m.credits().cast()) people.putIfAbsent(key(c.name()), c.personId());
                for (Credit c : m.credits().crew()) people.putIfAbsent(key(c.name()), c.personId());
            }
            for (Named c : m.productionCompanies()) companies.putIfAbsent(key(c.name()), c.id());
            if (m.collection() != null) collections.putIfAbsent(key(m.collection().name()), m.collection().id());
        }
        return new NameDirectory(Map.copyOf(people), Map.copyOf(companies), Map.copyOf(collections));
    }

    long person(String name) {
        return lookup(people, name);
    }

    long company(String name) {
        return lookup(companies, name);
    }

    long collection(String name) {
        return lookup(collections, name);
    }

    int size() {
        return people.size() + companies.size() + collections.size();
    }

    private static long lookup(Map<String, Long> ids, String name) {
        Long id = ids.get(key(name));
        // below zero, so it can never collide with a TMDB id; stable, so two mentions of one name agree
        return id != null ? id : -1L - (key(name).hashCode() & 0x7fffffffL);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
