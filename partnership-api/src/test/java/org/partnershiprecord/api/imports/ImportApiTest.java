package org.partnershiprecord.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Importing JSON Lines datasets through the public command path: progress per line, refusals, idempotence. */
class ImportApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String dataset(String id) {
        return """
                # a partnership and two principles
                {"path":"/api/partnerships","body":{"partnershipId":"%1$s","name":"Imported","authorities":[{"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},{"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],"resolution":{"wording":"Formed"}}}

                {"path":"/api/partnerships/%1$s/principles","body":{"number":1,"text":"Retain governance","resolution":{"wording":"Adopted"}}}
                {"path":"/api/partnerships/%1$s/principles","body":{"number":2,"text":"No restriction","resolution":{"wording":"Adopted"}}}
                """.formatted(id);
    }

    abstract static class Scenarios extends ApiTestBase {

        List<JsonNode> importing(ApiClient client, String jsonl, String onError) {
            Response response = new Response(client.http().send(client.request("/api/imports?onError=" + onError)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(jsonl))));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            List<JsonNode> lines = new ArrayList<>();
            response.body().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(JSON.readTree(l)));
            return lines;
        }

        @Test
        void importsEveryLineThroughTheApiAndReportsEach() {
            String id = unique("imported");
            long before = eventCount();
            List<JsonNode> lines = importing(recorder(), dataset(id), "stop");

            assertThat(lines).hasSize(4);
            assertThat(lines.subList(0, 3)).allSatisfy(l -> assertThat(l.get("outcome").asString()).isEqualTo("RECORDED"));
            assertThat(lines.get(0).get("line").asInt()).isEqualTo(2);
            JsonNode summary = lines.get(3).get("summary");
            assertThat(summary.get("recorded").asInt()).isEqualTo(3);
            assertThat(eventCount()).isEqualTo(before + 3);

            JsonNode view = reader().get("/api/partnerships/" + id + "?awaitPosition="
                    + summary.get("lastPosition").asLong()).json();
            assertThat(view.get("principles")).hasSize(2);
            JsonNode trail = reader().get("/api/audit-trail?aggregateId=" + id + "&awaitPosition="
                    + summary.get("lastPosition").asLong()).json().get("entries");
            assertThat(trail.get(0).get("recordedBy").asString()).isEqualTo("recorder");
        }

        @Test
        void importingTheSameFileTwiceRecordsNothingNew() {
            String id = unique("twice");
            importing(recorder(), dataset(id), "stop");
            long before = eventCount();
            List<JsonNode> again = importing(as("integration"), dataset(id), "stop");
            assertThat(again.subList(0, 3))
                    .allSatisfy(l -> assertThat(l.get("outcome").asString()).isEqualTo("ALREADY_IMPORTED"));
            assertThat(again.get(3).get("summary").get("alreadyImported").asInt()).isEqualTo(3);
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aRefusedLineGivesTheApisProblemWithItsLineAndStopsOrContinuesAsAsked() {
            String id = unique("refused");
            String bad = dataset(id).replace("\"number\":2", "\"number\":1");
            List<JsonNode> stopped = importing(recorder(), bad + "{\"path\":\"/api/partnerships/" + id
                    + "/objectives\",\"body\":{\"number\":1,\"text\":\"x\",\"resolution\":{\"wording\":\"y\"}}}\n", "stop");
            JsonNode refused = stopped.get(2);
            assertThat(refused.get("outcome").asString()).isEqualTo("REFUSED");
            assertThat(refused.get("status").asInt()).isEqualTo(409);
            assertThat(refused.get("problem").get("rule").asString()).isEqualTo("PRINCIPLE_NUMBER_TAKEN");
            assertThat(refused.get("problem").get("line").asInt()).isEqualTo(5);
            assertThat(stopped.get(3).get("summary").get("stopped").asBoolean()).isTrue();
            assertThat(stopped).hasSize(4);

            String other = unique("continued");
            List<JsonNode> continued = importing(recorder(), dataset(other).replace("\"number\":2", "\"number\":1")
                    + "not json at all\n", "continue");
            assertThat(continued).extracting(l -> l.path("outcome").asString())
                    .containsExactly("RECORDED", "RECORDED", "REFUSED", "INVALID", "");
            assertThat(continued.get(3).get("problem").get("code").asString()).isEqualTo("INVALID_IMPORT_LINE");
            assertThat(continued.get(4).get("summary").get("refused").asInt()).isEqualTo(2);
        }

        @Test
        void aLineNamingNoCommandIsReportedNotAServerError() {
            List<JsonNode> lines = importing(recorder(), """
                    {"path":"/api/partnerships/has a space/principles","body":{}}
                    {"path":"/api/meetings/a%2Fb/resolutions","body":{}}
                    """, "continue");
            assertThat(lines.subList(0, 2)).allSatisfy(l -> assertThat(l.get("outcome").asString())
                    .isIn("INVALID", "REFUSED"));
            assertThat(lines.get(2).get("summary").get("refused").asInt()).isEqualTo(2);
        }

        @Test
        void readersCannotImport() {
            Response response = new Response(reader().http().send(reader().request("/api/imports")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(dataset(unique("r"))))));
            assertThat(response.status()).isEqualTo(403);
        }
    }

    @Nested
    @OnH2
    class OnH2Database extends Scenarios {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends Scenarios {
    }
}
