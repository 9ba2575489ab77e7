package dev.boxoffice.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the JSON list columns of the TMDB 5000 files ({@code [{"id": 28, "name": "Action"}, ...]}) with
 * Jackson's streaming parser, keeping only the fields a {@link Movie} or {@link Credit} needs: the credits
 * file is 40 MB of such lists. Broken JSON, a non-list, or an entry without the fields the column needs
 * throws a BadRowException "broken_json:column". A blank value is an empty list.
 */
final class TmdbJsonLists {
    private final JsonFactory factory = new JsonFactory();

    /** The "name" of each entry: genres, keywords. */
    List<String> names(String json, String column) {
        return entries(json, column, e -> e.name);
    }

    /** The given code field of each entry: "iso_3166_1" of countries, "iso_639_1" of languages. */
    List<String> codes(String json, String column, String codeField) {
        return entries(json, column, e -> e.text(codeField));
    }

    /** The id and name of each entry: production companies. */
    List<Named> named(String json, String column) {
        return entries(json, column, e -> e.id == null || e.name == null ? null : new Named(e.id, e.name));
    }

    /** The cast in list order; a missing "order" falls back to the position in the list. */
    List<Credit> cast(String json, String column) {
        return entries(json, column, e -> e.id == null || e.name == null ? null
                : Credit.cast(e.id, e.name, e.order != null ? e.order : e.index, e.character, e.gender, null));
    }

    /** The crew in list order. */
    List<Credit> crew(String json, String column) {
        return entries(json, column, e -> e.id == null || e.name == null ? null
                : Credit.crew(e.id, e.name, e.job, e.department, e.gender, null));
    }

    /** Maps each object of the list; the mapper returns null when the entry lacks a field it needs. */
    private <T> List<T> entries(String json, String column, Function<Entry, T> mapper) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BadRowException("broken_json:" + column);
            }
            List<T> out = new ArrayList<>();
            Entry entry = new Entry();
            JsonToken token;
            for (int index = 0; (token = parser.nextToken()) == JsonToken.START_OBJECT; index++) {
                entry.read(parser, column, index);
                T value = mapper.apply(entry);
                if (value == null) {
                    throw new BadRowException("broken_json:" + column);
                }
                out.add(value);
            }
            if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
                throw new BadRowException("broken_json:" + column);
            }
            return out;
        } catch (IOException e) {
            throw new BadRowException("broken_json:" + column);
        }
    }

    /** The fields of one list entry that any column needs; reused from entry to entry. */
    private static final class Entry {
        int index;
        Long id;
        Integer order;
        Integer gender;
        String name;
        String character;
        String job;
        String department;
        String iso3166;
        String iso639;

        String text(String field) {
            return "iso_3166_1".equals(field) ? iso3166 : "iso_639_1".equals(field) ? iso639 : null;
        }

        void read(JsonParser parser, String column, int position) throws IOException {
            index = position;
            id = null;
            order = null;
            gender = null;
            name = character = job = department = iso3166 = iso639 = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = whole(parser, value, column);
                    case "order" -> order = toInt(whole(parser, value, column), column);
                    case "gender" -> gender = toInt(whole(parser, value, column), column);
                    case "name" -> name = string(parser, value, column);
                    case "character" -> character = string(parser, value, column);
                    case "job" -> job = string(parser, value, column);
                    case "department" -> department = string(parser, value, column);
                    case "iso_3166_1" -> iso3166 = string(parser, value, column);
                    case "iso_639_1" -> iso639 = string(parser, value, column);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new BadRowException("broken_json:" + column);
            }
        }

        private static Long whole(JsonParser parser, JsonToken value, String column) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.VALUE_NUMBER_INT) {
                throw new BadRowException("broken_json:" + column);
            }
            return parser.getLongValue();
        }

        private static Integer toInt(Long value, String column) {
            if (value == null) {
                return null;
            }
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new BadRowException("broken_json:" + column);
            }
            return value.intValue();
        }

        private static String string(JsonParser parser, JsonToken value, String column) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.VALUE_STRING) {
                throw new BadRowException("broken_json:" + column);
            }
            return parser.getText();
        }
    }
}
