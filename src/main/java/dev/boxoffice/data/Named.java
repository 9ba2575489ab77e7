package dev.boxoffice.data;

import java.util.Objects;

/** A TMDB entity reference: an id and a display name (a company, a collection, a keyword). */
public record Named(long id, String name) {
    public Named {
        Objects.requireNonNull(name, "name");
    }
}
