package org.partnershiprecord.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what, for every endpoint the OpenAPI document lists (so a new endpoint cannot be
 * missed) and every role. Denied calls must be exactly 401 (anonymous) or 403; allowed calls must
 * get past security (any answer but 401, 403 or a server error: a dummy id may well give 404 or 409).
 */
@OnH2
class AccessMatrixTest extends ApiTestBase {

    private static final List<String> CALLERS = List.of("anonymous", "reader", "recorder", "integration", "monitor");
    private static final Map<String, String> ROLE = Map.of("reader", "READER", "recorder", "RECORDER",
            "integration", "INTEGRATION", "monitor", "MONITORING_OFFICER");

    /** The rule the matrix checks, written out plainly: the security configuration must agree with it. */
    static boolean allowed(String caller, String method, String path) {
        if (caller.equals("anonymous")) {
            return false;
        }
        String role = ROLE.get(caller);
        if (path.startsWith("/api/admin")) {
            return role.equals("MONITORING_OFFICER");
        }
        if (method.equals("GET") && (path.equals("/api/events") || path.startsWith("/api/events/")
                || path.equals("/api/exports/events"))) {
            return !role.equals("READER");
        }
        if (method.equals("GET")) {
            return true;
        }
        return role.equals("RECORDER") || role.equals("INTEGRATION");
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "matrix-probe");
            for (Iterator<String> methods = path.getValue().propertyNames().iterator(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (!method.equals("GET") && !method.equals("POST")) {
                    continue;
                }
                for (String caller : CALLERS) {
                    boolean allowed = allowed(caller, method, path.getKey());
                    tests.add(DynamicTest.dynamicTest(method + " " + path.getKey() + " as " + caller + " -> "
                            + (allowed ? "allowed" : caller.equals("anonymous") ? "401" : "403"), () -> {
                        int status = call(caller, method, concrete);
                        if (allowed) {
                            assertThat(status).isNotIn(401, 403).isLessThan(500);
                        } else {
                            assertThat(status).isEqualTo(caller.equals("anonymous") ? 401 : 403);
                        }
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    private int call(String caller, String method, String path) throws IOException, InterruptedException {
        ApiClient client = caller.equals("anonymous") ? anonymous() : as(caller);
        HttpRequest.Builder request = client.request(path).timeout(Duration.ofSeconds(20));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.GET();
        }
        // Streams (server-sent events) stay open: only the status line is read.
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
