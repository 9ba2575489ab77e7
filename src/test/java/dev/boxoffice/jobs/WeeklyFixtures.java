package dev.boxoffice.jobs;

import dev.boxoffice.data.tmdb.FakeTmdbServer;
import java.util.List;

/**
 * The fake TMDB of the weekly and ingest tests: discover pages and details replayed from
 * {@code src/test/resources/tmdb/weekly} and {@code .../ingest}. Upcoming films: 910001 (a star, $25M),
 * 910002 ($3M), 910003 (no budget), 910004 (Tamil: no Hindi model), 910005 (listed, details 404).
 */
public final class WeeklyFixtures {
    public static final String API_KEY = "test-key-123";
    public static final List<Long> UPCOMING = List.of(910001L, 910002L, 910003L, 910004L, 910005L);
    public static final List<Long> HINDI_WITH_DETAILS = List.of(910001L, 910002L, 910003L);

    private WeeklyFixtures() {
    }

    /** A fake serving the upcoming week: two discover pages and the details of 910001..910004. */
    public static FakeTmdbServer upcomingWeek() {
        FakeTmdbServer server = new FakeTmdbServer(FakeTmdbServer.testFixtures(), API_KEY, null);
        server.route("/discover/movie", r -> FakeTmdbServer.Reply.json(200,
                server.read("weekly/discover-page" + r.query().getOrDefault("page", "1") + ".json")));
        for (long id : List.of(910001L, 910002L, 910003L, 910004L)) {
            server.fixture("/movie/" + id, "weekly/movie-" + id + ".json");
        }
        return server;
    }

    /** A fake serving released films of 2009 (two with budget and revenue, one without) and 2012 (one). */
    public static FakeTmdbServer releasedYears() {
        FakeTmdbServer server = new FakeTmdbServer(FakeTmdbServer.testFixtures(), API_KEY, null);
        server.route("/discover/movie", r -> {
            String year = r.query().getOrDefault("primary_release_date.gte", "").substring(0, 4);
            return year.equals("2009") || year.equals("2012")
                    ? FakeTmdbServer.Reply.json(200, server.read("ingest/discover-" + year + ".json"))
                    : FakeTmdbServer.Reply.json(200, "{\"page\":1,\"results\":[],\"total_pages\":0,\"total_results\":0}");
        });
        for (long id : List.of(20453L, 920001L, 550L, 85985L)) server.fixture("/movie/" + id, "ingest/movie-" + id + ".json");
        return server;
    }
}
