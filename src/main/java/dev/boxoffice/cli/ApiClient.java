package dev.boxoffice.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts JSON to a boxoffice server and returns the answer, turning a refusal into an
 * IllegalArgumentException that lists the server's reasons (exit code 2) and an unreachable or failing
 * server into a {@link ServerUnavailableException} (exit code 3).
 */
final class ApiClient {
    private final URI base;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.base = URI.create(u);
        if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("--url must be an http(s) URL such as http://127.0.0.1:8000, got " + url);
        }
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode post(String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
            int status = response.statusCode();
            if (status == 200) return answer;
            String reasons = reasons(answer);
            if (status >= 500) throw new ServerUnavailableException("server answered " + status + ": " + reasons);
            throw new IllegalArgumentException("server refused the request (" + status + "): " + reasons);
        } catch (ConnectException e) {
            throw new ServerUnavailableException("cannot connect to " + base + "; is `boxoffice serve` running?");
        } catch (IOException e) {
            throw new ServerUnavailableException("talking to " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailableException("interrupted while waiting for " + base);
        }
    }

    private static String reasons(JsonNode answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : answer.path("detail")) out.add(d.path("field").asText() + ": " + d.path("message").asText());
        return out.isEmpty() ? answer.toString() : String.join("; ", out);
    }

    /** The server could not be reached or failed. */
    static final class ServerUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerUnavailableException(String message) {
            super(message);
        }
    }
}
