package dev.boxoffice.model.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boxoffice.model.ModelCodec;
import dev.boxoffice.model.ModelJson;
import dev.boxoffice.model.TrainedModel;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a composite model's JSON holds the models inside it: each in its own portable format, base64, so every
 * part stays readable outside Java. Fields in a fixed order, so the same model always writes the same bytes.
 */
final class NestedModels {
    private NestedModels() {
    }

    /** {@code {"format", "bytes_base64"}}, with {@code "name"} first when {@code named}. */
    static Map<String, Object> write(TrainedModel m, boolean named) {
        Map<String, Object> part = new LinkedHashMap<>();
        if (named) part.put("name", m.name());
        part.put("format", m.format());
        part.put(ModelJson.BYTES_FIELD, Base64.getEncoder().encodeToString(m.nativeBytes()));
        return part;
    }

    /** The model a part written by {@link #write} holds. */
    static TrainedModel read(JsonNode part) {
        return ModelCodec.load(part.path("format").asText(), ModelJson.bytes(part));
    }
}
