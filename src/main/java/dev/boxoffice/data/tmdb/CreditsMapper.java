package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps TMDB's credits JSON (standalone {@code /movie/{id}/credits} or appended to details) to
 * {@link Credits}: cast in billing order, crew as listed, each with the person's popularity. Entries
 * without a person id or name are skipped rather than failing the film.
 */
final class CreditsMapper {
    private CreditsMapper() {
    }

    static Credits toCredits(JsonNode credits) {
        List<JsonNode> castNodes = JsonFields.objects(credits, "cast");
        List<Credit> cast = new ArrayList<>();
        for (int i = 0; i < castNodes.size(); i++) {
            JsonNode c = castNodes.get(i);
            Long id = JsonFields.whole(c, "id");
            String name = JsonFields.text(c, "name");
            if (id == null || name == null) {
                continue;
            }
            Integer order = JsonFields.integer(c, "order");
            // TMDB lists cast in billing order; the list position stands in for a missing "order"
            cast.add(Credit.cast(id, name, order == null ? i : order, JsonFields.text(c, "character"),
                    JsonFields.integer(c, "gender"), JsonFields.nonNegative(c, "popularity")));
        }
        cast.sort(Comparator.comparing(Credit::castOrder));
        List<Credit> crew = new ArrayList<>();
        for (JsonNode c : JsonFields.objects(credits, "crew")) {
            Long id = JsonFields.whole(c, "id");
            String name = JsonFields.text(c, "name");
            if (id == null || name == null) {
                continue;
            }
            crew.add(Credit.crew(id, name, JsonFields.text(c, "job"), JsonFields.text(c, "department"),
                    JsonFields.integer(c, "gender"), JsonFields.nonNegative(c, "popularity")));
        }
        return new Credits(cast, crew);
    }
}
