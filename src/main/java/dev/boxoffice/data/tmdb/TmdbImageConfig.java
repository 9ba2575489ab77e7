package dev.boxoffice.data.tmdb;

import java.util.List;
import java.util.Objects;

/**
 * Where TMDB serves images ({@code images.secure_base_url}) and which poster sizes exist. Fetch it once
 * per run with {@link TmdbClient#configuration()} and build every poster URL from it.
 */
public record TmdbImageConfig(String secureBaseUrl, List<String> posterSizes) {
    /** TMDB's own fallback size name: the original upload. */
    public static final String ORIGINAL = "original";

    public TmdbImageConfig {
        Objects.requireNonNull(secureBaseUrl, "secureBaseUrl");
        if (!secureBaseUrl.startsWith("https://") && !secureBaseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("secureBaseUrl must be an http(s) URL, got " + secureBaseUrl);
        }
        secureBaseUrl = secureBaseUrl.endsWith("/") ? secureBaseUrl : secureBaseUrl + "/";
        posterSizes = List.copyOf(posterSizes);
        if (posterSizes.isEmpty()) {
            throw new IllegalArgumentException("posterSizes must not be empty");
        }
    }

    /**
     * The full URL of a poster, e.g. {@code https://image.tmdb.org/t/p/w500/abc.jpg}; null when the film has
     * no poster. Throws when {@code size} is not one of {@link #posterSizes()}.
     */
    public String posterUrl(String posterPath, String size) {
        if (!posterSizes.contains(size)) {
            throw new IllegalArgumentException("poster size must be one of " + posterSizes + ", got " + size);
        }
        if (posterPath == null || posterPath.isBlank()) {
            return null;
        }
        String path = posterPath.startsWith("/") ? posterPath.substring(1) : posterPath;
        return secureBaseUrl + size + "/" + path;
    }
}
