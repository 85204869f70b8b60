package org.partnershiprecord.api.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running API over real HTTP as one of the test accounts. */
public final class ApiClient {

    public static final Map<String, String> PASSWORDS = Map.of("recorder", "recorder-pass", "integration",
            "integration-pass", "monitor", "monitor-pass", "reader", "reader-pass");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final String user;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiClient(int port, String user) {
        this.http = new Http(port);
        this.user = user;
    }

    public ApiClient as(String otherUser) {
        return new ApiClient(port(), otherUser);
    }

    private int port() {
        return URI.create(http.base()).getPort();
    }

    public ApiClient header(String name, String value) {
        ApiClient copy = new ApiClient(port(), user);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Response post(String path, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return new Response(http.send(request));
    }

    public Response get(String path) {
        return new Response(http.send(request(path).GET()));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path));
        if (user != null) {
            String credentials = user + ":" + PASSWORDS.get(user);
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return request;
    }

    public Http http() {
        return http;
    }

    /** An answer, with its JSON body parsed on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
