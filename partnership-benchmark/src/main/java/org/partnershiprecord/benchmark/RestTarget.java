package org.partnershiprecord.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiprecord.benchmark.Workload.Op;

/** Sends requests over HTTP/1.1 with keep-alive, signed in with HTTP Basic (the API caches a verified password). */
final class RestTarget implements LoadDriver.Target {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final String authorization;

    RestTarget(String base, String username, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public String send(Op op) throws Exception {
        byte[] body = JSON.writeValueAsBytes(op.body());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + op.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status >= 400) {
            // the rule code tells a conflict of the mix from a real failure
            try {
                JsonNode problem = JSON.readTree(response.body());
                for (String field : new String[] {"rule", "code"}) {
                    if (problem.hasNonNull(field)) {
                        return status + ":" + problem.get(field).asText();
                    }
                }
            } catch (Exception ignored) {
                // not a problem document
            }
        }
        return Integer.toString(status);
    }

    /** A GET: status and body. */
    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
