package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps a {@code /configuration} body to {@link TmdbImageConfig}. */
final class ConfigurationMapper {
    private ConfigurationMapper() {
    }

    /**
     * The image settings; {@code base_url} stands in for a missing {@code secure_base_url}. Throws an
     * {@link IllegalArgumentException} when neither is there or no poster size is listed.
     */
    static TmdbImageConfig toImageConfig(JsonNode body) {
        JsonNode images = JsonFields.object(body, "images");
        String base = JsonFields.text(images, "secure_base_url");
        if (base == null) {
            base = JsonFields.text(images, "base_url");
        }
        if (base == null) {
            throw new IllegalArgumentException("configuration JSON has no images.secure_base_url");
        }
        List<String> sizes = new ArrayList<>();
        JsonNode raw = images.get("poster_sizes");
        if (raw != null && raw.isArray()) {
            raw.forEach(s -> {
                if (s.isTextual() && !s.textValue().isBlank()) sizes.add(s.textValue().strip());
            });
        }
        return new TmdbImageConfig(base, sizes);
    }
}
