package dev.boxoffice.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.Named;
import dev.boxoffice.features.Genres;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one JSON request into a {@link Movie}, recording every invalid field. It only translates names
 * (the reference's {@code vote_avg} is {@code voteAverage}, a budget of 0 means unknown, names become TMDB ids):
 * features are computed by the model's feature set, never here.
 */
final class RequestMapper {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final NameDirectory names;

    RequestMapper(NameDirectory names) {
        this.names = names;
    }

    /** The movie, or null when {@code limits} received an error for this request. */
    Movie toMovie(JsonNode body, InputLimits limits) {
        if (!body.isObject()) {
            limits.fail("body", "must be a JSON object, got " + InputLimits.kind(body));
            return null;
        }
        int before = limits.errors().size();
        Double budget = limits.number(body, "budget", 0, InputLimits.BUDGET_MAX_USD, true);
        Double runtime = limits.number(body, "runtime", 0, InputLimits.RUNTIME_MAX_MINUTES, true);
        Double popularity = limits.number(body, "popularity", 0, InputLimits.POPULARITY_MAX, false);
        Double vote = limits.number(body, "vote_avg", InputLimits.VOTE_AVG_MIN, InputLimits.VOTE_AVG_MAX, false);
        Long votes = limits.whole(body, "vote_count", 0, InputLimits.VOTE_COUNT_MAX);
        String title = limits.text(body, "title", false);
        LocalDate released = date(body, limits);
        String language = language(body, limits);
        List<String> genres = genres(body, limits);
        List<String> countries = strings(body, "production_countries", limits);
        List<String> companyNames = strings(body, "production_companies", limits);
        String collection = limits.text(body, "collection", false);
        String market = market(body, language, limits);
        List<Credit> cast = credits(body, "cast", Credit.Role.CAST, limits);
        List<Credit> crew = credits(body, "crew", Credit.Role.CREW, limits);
        if (limits.errors().size() > before) return null;

        List<Named> companies = new ArrayList<>(companyNames.size());
        for (String c : companyNames) companies.add(new Named(names.company(c), c));
        return Movie.builder(0, title == null ? "" : title).originalLanguage(language).releaseDate(released)
                .budgetUsd(Math.round(budget)).runtimeMinutes(runtime).popularity(popularity).voteAverage(vote)
                .voteCount(votes == null ? null : votes.intValue()).genres(genres).productionCountries(countries)
                .productionCompanies(companies)
                .collection(collection == null ? null : new Named(names.collection(collection), collection))
                .market(market).source("api")
                .credits(body.has("cast") || body.has("crew") ? new Credits(cast, crew) : null)
                .build();
    }

    private static LocalDate date(JsonNode body, InputLimits limits) {
        String text = limits.text(body, "release_date", false);
        if (text == null) return null;
        try {
            if (!DATE.matcher(text).matches()) throw new DateTimeParseException("pattern", text, 0);
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() >= InputLimits.YEAR_MIN && d.getYear() <= InputLimits.YEAR_MAX) return d;
            limits.fail("release_date", "year must be in [" + InputLimits.YEAR_MIN + ", " + InputLimits.YEAR_MAX
                    + "], got " + text);
        } catch (DateTimeParseException e) {
            limits.fail("release_date", "must be a date yyyy-MM-dd, got " + text);
        }
        return null;
    }

    private static String language(JsonNode body, InputLimits limits) {
        String text = limits.text(body, "original_language", false);
        if (text == null || LANGUAGE.matcher(text).matches()) return text;
        limits.fail("original_language", "must be an ISO 639-1 code such as en or hi, got " + text);
        return null;
    }

    private static String market(JsonNode body, String language, InputLimits limits) {
        String text = limits.text(body, "market", false);
        if (text == null) return Movie.HINDI.equals(language) ? Movie.HINDI : Movie.GLOBAL;
        if (Movie.GLOBAL.equals(text) || Movie.HINDI.equals(text)) return text;
        limits.fail("market", "must be global or hi, got " + text);
        return null;
    }

    private static List<String> genres(JsonNode body, InputLimits limits) {
        List<String> out = new ArrayList<>();
        for (String name : strings(body, "genres", limits)) {
            String g = Genres.canonical(name);
            if (g == null) limits.fail("genres", "unknown genre " + name + "; known: " + String.join(", ", Genres.ALL));
            else if (!out.contains(g)) out.add(g);
        }
        return out;
    }

    private static List<String> strings(JsonNode body, String field, InputLimits limits) {
        JsonNode list = limits.array(body, field);
        if (list == null) return List.of();
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            if (!n.isTextual() || n.textValue().isBlank() || n.textValue().length() > InputLimits.TEXT_MAX_CHARS) {
                limits.fail(field + "[" + i + "]", "must be a non-blank string of at most "
                        + InputLimits.TEXT_MAX_CHARS + " characters");
            } else {
                out.add(n.textValue().trim());
            }
        }
        return out;
    }

    private List<Credit> credits(JsonNode body, String field, Credit.Role role, InputLimits limits) {
        JsonNode list = limits.array(body, field);
        if (list == null) return List.of();
        List<Credit> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String at = field + "[" + i + "]";
            if (!n.isObject()) {
                limits.fail(at, "must be an object with a name, got " + InputLimits.kind(n));
                continue;
            }
            InputLimits item = new InputLimits(at + ".");
            String name = item.text(n, "name", true);
            Long id = item.whole(n, "id", 1, Long.MAX_VALUE);
            Double popularity = item.number(n, "popularity", 0, InputLimits.POPULARITY_MAX, false);
            String job = item.text(n, "job", false);
            item.errors().forEach(e -> limits.fail(e.field(), e.message()));
            if (!item.errors().isEmpty()) continue;
            long personId = id != null ? id : names.person(name);
            out.add(role == Credit.Role.CAST ? Credit.cast(personId, name, i, null, null, popularity)
                    : Credit.crew(personId, name, job == null ? "Director" : job, null, null, popularity));
        }
        return out;
    }
}
