package dev.boxoffice.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code boxoffice client predict}: one film from flags, answered as a short summary (or the raw JSON). */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Predict one film's revenue and hit chance.")
final class ClientPredictCommand implements Callable<Integer> {
    static final String DEFAULT_URL = "http://127.0.0.1:8000";

    @Spec CommandSpec spec;

    @Option(names = "--url", defaultValue = DEFAULT_URL, description = "Server URL (default: ${DEFAULT-VALUE}).")
    String url;
    @Option(names = "--budget", required = true, description = "Budget in US dollars (0 = unknown).")
    double budget;
    @Option(names = "--runtime", required = true, description = "Runtime in minutes.")
    double runtime;
    @Option(names = "--popularity", description = "TMDB popularity (after release).")
    Double popularity;
    @Option(names = "--vote-avg", description = "TMDB vote average 0-10 (after release).")
    Double voteAvg;
    @Option(names = "--vote-count", description = "TMDB vote count.")
    Long voteCount;
    @Option(names = "--title", description = "Title.")
    String title;
    @Option(names = "--release-date", paramLabel = "yyyy-MM-dd", description = "Release date.")
    String releaseDate;
    @Option(names = "--genre", split = ",", description = "TMDB genre(s), repeatable or comma-separated.")
    List<String> genres;
    @Option(names = "--language", description = "Original language, ISO 639-1 (en, hi...).")
    String language;
    @Option(names = "--market", description = "global or hi (default from --language).")
    String market;
    @Option(names = "--company", description = "Production company, repeatable.")
    List<String> companies;
    @Option(names = "--cast", description = "Cast member in billing order, repeatable.")
    List<String> cast;
    @Option(names = "--director", description = "Director, repeatable.")
    List<String> directors;
    @Option(names = "--collection", description = "Collection (franchise) name.")
    String collection;
    @Option(names = "--json", description = "Print the server's JSON answer instead of a summary.")
    boolean rawJson;
    @Mixin VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        ApiClient client = new ApiClient(url);
        JsonNode answer = client.post("/predict", request(client.json().createObjectNode()));
        PrintWriter out = spec.commandLine().getOut();
        if (rawJson) out.println(client.json().writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        else summary(answer).forEach(out::println);
        out.flush();
        return ExitCode.OK.code();
    }

    private ObjectNode request(ObjectNode r) {
        r.put("budget", budget).put("runtime", runtime);
        if (popularity != null) r.put("popularity", popularity);
        if (voteAvg != null) r.put("vote_avg", voteAvg);
        if (voteCount != null) r.put("vote_count", voteCount);
        if (title != null) r.put("title", title);
        if (releaseDate != null) r.put("release_date", releaseDate);
        if (language != null) r.put("original_language", language);
        if (market != null) r.put("market", market);
        if (collection != null) r.put("collection", collection);
        if (genres != null) genres.forEach(r.putArray("genres")::add);
        if (companies != null) companies.forEach(r.putArray("production_companies")::add);
        if (cast != null) {
            ArrayNode a = r.putArray("cast");
            cast.forEach(n -> a.addObject().put("name", n));
        }
        if (directors != null) {
            ArrayNode a = r.putArray("crew");
            directors.forEach(n -> a.addObject().put("name", n).put("job", "Director"));
        }
        return r;
    }

    static List<String> summary(JsonNode a) {
        String interval = a.path("revenue_lower").isNumber()
                ? String.format(Locale.ROOT, " (%.0f%% interval %s - %s)", 100 * a.path("interval_level").asDouble(),
                money(a.path("revenue_lower").asDouble()), money(a.path("revenue_upper").asDouble()))
                : "";
        String hit = a.path("is_hit").isBoolean()
                ? String.format(Locale.ROOT, "%s (probability %.2f)", a.path("is_hit").asBoolean() ? "yes" : "no",
                a.path("hit_probability").asDouble())
                : "unknown (no classifier)";
        StringBuilder top = new StringBuilder();
        for (JsonNode f : a.path("top_features")) {
            if (top.length() > 0) top.append(", ");
            top.append(f.path("feature").asText()).append(String.format(Locale.ROOT, " %+.3f", f.path("contribution").asDouble()));
        }
        return List.of("predicted revenue: " + money(a.path("predicted_revenue").asDouble()) + interval,
                "hit (revenue > 2 x budget): " + hit,
                "model: " + a.path("model").asText() + " v" + a.path("model_version").asInt() + " ("
                        + a.path("profile").asText() + ", " + a.path("market").asText() + ")",
                "top features (log revenue): " + (top.length() == 0 ? "n/a" : top));
    }

    private static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.1fM", usd / 1e6);
    }
}
