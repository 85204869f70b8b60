package org.partnershiprecord.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is public, generated from the code, and describes every endpoint and its errors. */
@OnH2
class OpenApiDocumentTest extends ApiTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesEveryApiEndpointWithSummaryAndProblemResponses() {
        Response document = anonymous().get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.json().get("paths");

        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    JsonNode operation = paths.path(pattern).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + pattern);
                        continue;
                    }
                    assertThat(operation.path("summary").asText()).as(method + " " + pattern + " summary").isNotBlank();
                    assertThat(operation.path("responses").has("401")).as(method + " " + pattern + " 401").isTrue();
                    assertThat(operation.path("responses").has("400")).as(method + " " + pattern + " 400").isTrue();
                    if (method.name().equals("POST")) {
                        assertThat(operation.path("responses").has("409")).as(method + " " + pattern + " 409").isTrue();
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from the OpenAPI document").isEmpty();
        assertThat(document.json().path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        Response ui = anonymous().get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
    }
}
