package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.io.EofException;

/**
 * Reads a request body as a JSON tree: 413 beyond the size limit (whether declared by Content-Length or
 * only found out while reading a chunked body), 400 for an empty body, one that is not JSON, or one cut short.
 */
final class BodyReader {
    private BodyReader() {
    }

    static JsonNode read(Context ctx, ObjectMapper json, long maxBytes) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(maxBytes);
        // a declared length is read exactly (no 8 KB scratch buffer per request on the hot path); a chunked
        // body has no length to check up front, so it is read to at most one byte past the limit
        int want = declared >= 0 ? (int) declared : (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        byte[] bytes;
        try {
            bytes = ctx.req().getInputStream().readNBytes(want);
        } catch (EofException e) {
            // the client closed the connection mid-body: its mistake, which Javalin would count as a 500
            throw ApiProblem.of(ApiProblem.BAD_REQUEST, "body", "the connection closed before the whole body arrived");
        }
        if (bytes.length > maxBytes) throw tooLarge(maxBytes);
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

    private static ApiProblem tooLarge(long maxBytes) {
        return ApiProblem.of(ApiProblem.TOO_LARGE, "body", "request body larger than " + maxBytes + " bytes");
    }
}
