package dev.boxoffice.features;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who wrote and who produced a film, each person once however many credits they hold. */
final class CrewRoles {
    private CrewRoles() {
    }

    /** Distinct people of the Writing department (screenplay, story, novel, characters...). */
    static List<Long> writers(Credits credits) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Credit c : credits.crew()) if ("Writing".equals(c.department())) ids.add(c.personId());
        return new ArrayList<>(ids);
    }

    /** Distinct people whose job is "Producer" (not executive or associate producers). */
    static List<Long> producers(Credits credits) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Credit c : credits.crew()) if ("Producer".equals(c.job())) ids.add(c.personId());
        return new ArrayList<>(ids);
    }
}
