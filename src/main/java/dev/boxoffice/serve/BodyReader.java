package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a request body as a JSON tree, refusing an empty body or one that is not JSON with 400. */
final class BodyReader {
    private BodyReader() {
    }

    static JsonNode read(Context ctx, ObjectMapper json) throws IOException {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) throw ApiProblem.of(ApiProblem.BAD_REQUEST, "body", "a JSON body is required");
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw ApiProblem.of(ApiProblem.BAD_REQUEST, "body", "a JSON body is required");
            }
            return node;
        } catch (JsonProcessingException e) {
            // the parser's own words name the line and column, never our internals
            throw ApiProblem.of(ApiProblem.BAD_REQUEST, "body", "malformed JSON: " + e.getOriginalMessage());
        }
    }
}
