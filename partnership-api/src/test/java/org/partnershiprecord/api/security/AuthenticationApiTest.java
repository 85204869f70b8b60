package org.partnershiprecord.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import tools.jackson.databind.JsonNode;

/** Signing in: local accounts over HTTP Basic and JWTs from the configured issuer; every failure is a 401 problem. */
@OnH2
class AuthenticationApiTest extends ApiTestBase {

    static String form(String id) {
        return """
                {"partnershipId":"%s","name":"Signed in","authorities":[
                  {"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                  {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"wording":"Formed"}}""".formatted(id);
    }

    private Response postWithAuthorization(String authorization, String path, String json) {
        ApiClient client = new ApiClient(port, null);
        return new Response(client.http().send(HttpRequest.newBuilder(URI.create(client.http().base() + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    private Response getWithAuthorization(String authorization, String path) {
        ApiClient client = new ApiClient(port, null);
        return new Response(client.http().send(HttpRequest.newBuilder(URI.create(client.http().base() + path))
                .header("Authorization", authorization).GET()));
    }

    @Test
    void aSystemWithAValidTokenRecordsAndIsNamedAsRecorderAndClient() {
        String id = unique("jwt");
        String token = TestTokens.token("hr-system", "INTEGRATION").authorisedParty("hr-client").bearer();
        Response recorded = postWithAuthorization(token, "/api/partnerships", form(id));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        JsonNode entry = reader().get("/api/audit-trail?aggregateId=" + id + "&" + awaiting(recorded)).json()
                .get("entries").get(0);
        assertThat(entry.get("recordedBy").asText()).isEqualTo("hr-system");
        assertThat(entry.get("clientId").asText()).isEqualTo("hr-client");
        assertThat(entry.get("recorderRoles").asText()).isEqualTo("ROLE_INTEGRATION");
    }

    @Test
    void expiredWronglySignedWrongAudienceAndWrongIssuerTokensAre401AndRecordNothing() {
        long before = eventCount();
        String[] refused = {
                TestTokens.token("hr-system", "RECORDER").expired().bearer(),
                TestTokens.token("hr-system", "RECORDER").signedByAnotherKey().bearer(),
                TestTokens.token("hr-system", "RECORDER").audience("someone-else").bearer(),
                TestTokens.token("hr-system", "RECORDER").issuer("https://elsewhere.invalid/").bearer(),
                "Bearer not-a-jwt"};
        for (String token : refused) {
            Response response = postWithAuthorization(token, "/api/partnerships", form(unique("refused")));
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asText()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badBasicCredentialsAre401AndRecordNothing() {
        long before = eventCount();
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("recorder:wrong".getBytes());
        Response response = postWithAuthorization(wrong, "/api/partnerships", form(unique("basic")));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aTokenRoleDecidesWhatItMayDo() {
        String reader = TestTokens.token("clerk", "READER").bearer();
        assertThat(getWithAuthorization(reader, "/api/partnerships").status()).isEqualTo(200);
        long before = eventCount();
        assertThat(postWithAuthorization(reader, "/api/partnerships", form(unique("clerk"))).status()).isEqualTo(403);
        String noRoles = TestTokens.token("nobody").bearer();
        assertThat(getWithAuthorization(noRoles, "/api/partnerships").status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMonitoringOfficerReadsButCannotRecord() {
        long before = eventCount();
        Response response = as("monitor").post("/api/partnerships", form(unique("mo")));
        assertThat(response.status()).isEqualTo(403);
        assertThat(as("monitor").get("/api/partnerships").status()).isEqualTo(200);
        assertThat(eventCount()).isEqualTo(before);
    }
}
