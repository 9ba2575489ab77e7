package dev.boxoffice.data;

import java.util.List;

/** A film's cast (in billing order) and crew. A film whose credits are unknown has no Credits at all. */
public record Credits(List<Credit> cast, List<Credit> crew) {
    public static final Credits EMPTY = new Credits(List.of(), List.of());

    public Credits {
        cast = List.copyOf(cast);
        crew = List.copyOf(crew);
    }

    /** Crew members with the given job, e.g. "Director". */
    public List<Credit> crewWithJob(String job) {
        return crew.stream().filter(c -> job.equals(c.job())).toList();
    }
}
