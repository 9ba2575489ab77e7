package dev.boxoffice.data.tmdb;

import com.fasterxml.jackson.databind.JsonNode;

/** What one HTTP attempt produced: a JSON object, or a failure; exactly one is non-null. */
record AttemptResult(JsonNode json, Failure failure) {
    AttemptResult {
        if ((json == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of json and failure must be set");
        }
    }

    static AttemptResult ok(JsonNode json) {
        return new AttemptResult(json, null);
    }

    static AttemptResult failed(Failure failure) {
        return new AttemptResult(null, failure);
    }
}
