package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The TMDB API v3 endpoints boxoffice uses. Thread-safe. Every call is rate-limited and retried per
 * {@link TmdbConfig}; failures surface as {@link TmdbException}, whose {@link TmdbException.Kind} says
 * whether TMDB, the network or the request is at fault. Unknown JSON fields are ignored and odd values
 * read as unknown, so TMDB's schema drift does not break ingestion. The rate limit is per instance:
 * share one client per process rather than creating one per task.
 */
public final class TmdbClient {
    /** TMDB serves at most this many pages of any list (page 501 is an HTTP 400). */
    public static final int MAX_PAGES = 500;
    /** Sub-resources merged into a details call: one request per film instead of three. */
    static final String DETAILS_APPEND = "credits,keywords";

    private final TmdbTransport transport;

    /** A client on real time. */
    public TmdbClient(TmdbConfig config) {
        this(config, Clock.systemUTC(), Sleeper.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * A client on the given time source: {@code clock} measures the retry budget and rate limit,
     * {@code sleeper} does every wait, {@code jitter} returns values in [0, 1) for the backoff.
     */
    public TmdbClient(TmdbConfig config, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        this.transport = new TmdbTransport(Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock),
                Objects.requireNonNull(sleeper), Objects.requireNonNull(jitter));
    }

    /** Page {@code page} (1..500) of {@code /discover/movie} for the query. */
    public DiscoverPage discover(DiscoverQuery query, int page) {
        if (page < 1 || page > MAX_PAGES) {
            throw new IllegalArgumentException("page must be in [1, " + MAX_PAGES + "], got " + page);
        }
        Map<String, String> params = new LinkedHashMap<>(query.toParameters());
        params.put("page", Integer.toString(page));
        TmdbRequest request = new TmdbRequest("/discover/movie", params, "discover page " + page);
        return map(request, body -> ListMapper.toPage(body, page));
    }

    /** Page {@code page} (1..500) of TMDB's title search ({@code /search/movie}), adult titles left out. */
    public DiscoverPage searchMovies(String title, int page) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("title must not be blank");
        if (page < 1 || page > MAX_PAGES) {
            throw new IllegalArgumentException("page must be in [1, " + MAX_PAGES + "], got " + page);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("query", title.strip());
        params.put("include_adult", "false");
        params.put("page", Integer.toString(page));
        return map(new TmdbRequest("/search/movie", params, "title search page " + page), body -> ListMapper.toPage(body, page));
    }

    /**
     * Pages through the query up to {@code min(total_pages, 500, maxPages)} pages, stopping early at an
     * empty page. Fails with the first page that fails for good.
     */
    public DiscoverResults discoverAll(DiscoverQuery query, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be >= 1, got " + maxPages);
        }
        Map<Long, MovieSummary> byId = new LinkedHashMap<>();
        DiscoverPage first = discover(query, 1);
        first.results().forEach(m -> byId.putIfAbsent(m.id(), m));
        int skipped = first.skippedResults();
        int last = Math.min(Math.min(first.totalPages(), MAX_PAGES), maxPages);
        int fetched = 1;
        for (int page = 2; page <= last; page++) {
            DiscoverPage next = discover(query, page);
            fetched++;
            skipped += next.skippedResults();
            if (next.results().isEmpty() && next.skippedResults() == 0) {
                break; // TMDB's totals can run ahead of what it actually serves
            }
            next.results().forEach(m -> byId.putIfAbsent(m.id(), m));
        }
        return new DiscoverResults(byId.values().stream().toList(), fetched, first.totalPages(),
                first.totalResults(), skipped);
    }

    /** The film with its credits and keywords ({@code append_to_response}), source "tmdb-api". */
    public Movie movieDetails(long id) {
        requireId(id);
        TmdbRequest request = new TmdbRequest("/movie/" + id, Map.of("append_to_response", DETAILS_APPEND),
                "movie " + id);
        Movie movie = map(request, MovieMapper::toMovie);
        if (movie.id() != id) {
            throw badResponse(request, "asked for movie " + id + ", got movie " + movie.id());
        }
        return movie;
    }

    /** The cast and crew of a film, each with the person's popularity. */
    public Credits credits(long movieId) {
        requireId(movieId);
        return map(new TmdbRequest("/movie/" + movieId + "/credits", Map.of(), "credits of movie " + movieId),
                CreditsMapper::toCredits);
    }

    /** A person's details. */
    public Person person(long id) {
        requireId(id);
        return map(new TmdbRequest("/person/" + id, Map.of(), "person " + id), PersonMapper::toPerson);
    }

    /** The image base URL and poster sizes; call once per run. */
    public TmdbImageConfig configuration() {
        return map(new TmdbRequest("/configuration", Map.of(), "configuration"), ConfigurationMapper::toImageConfig);
    }

    /** Fetches and maps; a body that parses but cannot be mapped is a BAD_RESPONSE, not retried. */
    private <T> T map(TmdbRequest request, Function<JsonNode, T> mapper) {
        JsonNode body = transport.get(request);
        try {
            return mapper.apply(body);
        } catch (IllegalArgumentException | NullPointerException e) {
            // a hostile body can trip a record's validation; that is TMDB's fault, not a bug of ours
            throw badResponse(request, transport.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private TmdbException badResponse(TmdbRequest request, String why) {
        return new TmdbException(TmdbException.Kind.BAD_RESPONSE, 200, request.path(), 1,
                "TMDB " + request.describe() + " returned unusable JSON: " + why, null);
    }

    private static void requireId(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("TMDB id must be > 0, got " + id);
        }
    }
}
