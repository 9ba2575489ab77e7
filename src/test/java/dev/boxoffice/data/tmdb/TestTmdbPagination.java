package dev.boxoffice.data.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** discoverAll against a fake that computes pages: it stops at total_pages, at 500, at maxPages and at an empty page. */
class TestTmdbPagination {
    private static final String KEY = TestTmdbClient.KEY;
    private static final String DISCOVER = "/discover/movie";

    private final FakeTmdbServer fake = new FakeTmdbServer(FakeTmdbServer.testFixtures(), KEY, null);
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        fake.close();
    }

    private TmdbClient client(double requestsPerSecond) {
        return new TmdbClient(TmdbConfig.of(fake.baseUrl(), KEY, null).withRequestsPerSecond(requestsPerSecond),
                time, time, () -> 0.5);
    }

    /** Pages with two films each, ids page*100+1 and page*100+2, unless {@code ids} says otherwise. */
    private void servePages(int totalPages, IntFunction<long[]> ids) {
        fake.route(DISCOVER, r -> {
            int page = Integer.parseInt(r.query().get("page"));
            List<String> results = new ArrayList<>();
            for (long id : ids.apply(page)) {
                results.add("{\"id\":" + id + ",\"title\":\"Film " + id + "\",\"original_language\":\"hi\",\"softcore\":false}");
            }
            return FakeTmdbServer.Reply.json(200, "{\"page\":" + page + ",\"results\":[" + String.join(",", results)
                    + "],\"total_pages\":" + totalPages + ",\"total_results\":" + totalPages * 2 + "}");
        });
    }

    private static long[] twoPerPage(int page) {
        return new long[] {page * 100L + 1, page * 100L + 2};
    }

    private List<Integer> requestedPages() {
        return fake.requests().stream().map(r -> Integer.parseInt(r.query().get("page"))).toList();
    }

    @Test
    void stops_at_total_pages() {
        servePages(3, TestTmdbPagination::twoPerPage);

        DiscoverResults all = client(1000).discoverAll(DiscoverQuery.ANY.withOriginalLanguage("hi"), 100);

        assertThat(requestedPages()).containsExactly(1, 2, 3);
        assertThat(all.movies()).extracting(MovieSummary::id).containsExactly(101L, 102L, 201L, 202L, 301L, 302L);
        assertThat(all.pagesFetched()).isEqualTo(3);
        assertThat(all.totalResults()).isEqualTo(6);
        assertThat(all.complete()).isTrue();
        assertThat(fake.requests()).allSatisfy(r -> assertThat(r.query()).containsEntry("with_original_language", "hi"));
    }

    @Test
    void stops_at_page_500_when_tmdb_reports_more() {
        servePages(38_020, TestTmdbPagination::twoPerPage);

        DiscoverResults all = client(1000).discoverAll(DiscoverQuery.ANY, 10_000);

        assertThat(requestedPages()).hasSize(500).endsWith(499, 500);
        assertThat(all.movies()).hasSize(1000);
        assertThat(all.totalPages()).isEqualTo(38_020);
        assertThat(all.complete()).as("narrow the query to reach the rest").isFalse();
    }

    @Test
    void stops_at_max_pages() {
        servePages(38_020, TestTmdbPagination::twoPerPage);

        DiscoverResults all = client(1000).discoverAll(DiscoverQuery.ANY, 2);

        assertThat(requestedPages()).containsExactly(1, 2);
        assertThat(all.complete()).isFalse();
    }

    @Test
    void stops_early_at_an_empty_page_even_if_the_total_says_more() {
        servePages(10, page -> page <= 3 ? twoPerPage(page) : new long[0]);

        DiscoverResults all = client(1000).discoverAll(DiscoverQuery.ANY, 100);

        assertThat(requestedPages()).containsExactly(1, 2, 3, 4);
        assertThat(all.movies()).hasSize(6);
        assertThat(all.pagesFetched()).isEqualTo(4);
    }

    @Test
    void a_film_seen_on_an_earlier_page_is_kept_once() {
        servePages(2, page -> page == 1 ? new long[] {7, 8} : new long[] {8, 9});

        DiscoverResults all = client(1000).discoverAll(DiscoverQuery.ANY, 100);

        assertThat(all.movies()).extracting(MovieSummary::id).containsExactly(7L, 8L, 9L);
    }

    @Test
    void a_page_that_fails_once_is_retried_within_the_walk() {
        servePages(3, TestTmdbPagination::twoPerPage);
        fake.enqueue(DISCOVER, Fault.reply(FakeTmdbServer.Reply.json(200, "{\"page\":1,\"results\":[{\"id\":101,\"title\":\"Film 101\"}],"
                + "\"total_pages\":3}")), Fault.serverError(502));

        DiscoverResults all = client(1000).discoverAll(DiscoverQuery.ANY, 100);

        assertThat(requestedPages()).containsExactly(1, 2, 2, 3);
        assertThat(all.movies()).hasSize(5);
    }

    @Test
    void the_rate_limit_spaces_requests_on_the_clock() {
        servePages(30, TestTmdbPagination::twoPerPage);

        client(10).discoverAll(DiscoverQuery.ANY, 100);

        // 10 per second with a burst of 2: the first two go at once, the other 28 wait 0.1 s each
        assertThat(fake.requests()).hasSize(30);
        assertThat(time.slept()).isEqualTo(Duration.ofMillis(2800));
    }
}
