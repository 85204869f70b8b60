package org.partnershiprecord.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.PartnershipRecordApplication;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.Gaps;
import org.partnershiprecord.api.support.OnH2;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The event log exported by the monitoring officer, restored into an empty store, gives the same views. */
@OnH2
class ExportRestoreTest extends ApiTestBase {

    @Test
    void anExportRestoredIntoAnEmptyStoreReproducesTheViews() throws Exception {
        String id = unique("export");
        recorder().post("/api/partnerships", """
                {"partnershipId":"%s","name":"Exported","formedOn":"2018-10-01","authorities":[
                 {"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                 {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"bodyId":"pwg","bodyName":"Partnership Working Group","decidedOn":"2018-10-23",
                               "wording":"Formed"}}""".formatted(id));
        Response last = recorder().post("/api/partnerships/" + id + "/principles",
                "{\"number\":1,\"text\":\"Retain governance\",\"resolution\":{\"wording\":\"Adopted\"}}");
        JsonNode original = reader().get("/api/partnerships/" + id + "?" + awaiting(last)).json();
        JsonNode originalTrail = reader().get("/api/audit-trail?aggregateId=" + id).json().get("entries");

        long gap = Gaps.rolledBackAppend(jdbc);
        Response last2 = recorder().post("/api/partnerships/" + id + "/principles",
                "{\"number\":2,\"text\":\"Share services\",\"resolution\":{\"wording\":\"Adopted\"}}");
        assertThat(last2.json().get("position").asLong()).as("recorded past a gap").isGreaterThan(gap);
        original = reader().get("/api/partnerships/" + id + "?" + awaiting(last2)).json();
        originalTrail = reader().get("/api/audit-trail?aggregateId=" + id).json().get("entries");

        // The log is exported whole once the gap has settled (the feed waits at a young gap: gap timeout).
        Response export = as("monitor").get("/api/exports/events");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (export.body().lines().count() < eventCount() && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            export = as("monitor").get("/api/exports/events");
        }
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().lines().count()).isEqualTo(eventCount());
        assertThat(as("recorder").get("/api/exports/events").status()).isEqualTo(200);

        Path emptyStore = Files.createTempDirectory("partnership-restore-");
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(PartnershipRecordApplication.class)
                .profiles("test")
                // Arguments, not default properties: application.yml's datasource would override defaults.
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + emptyStore.resolve("db")
                        + ";DB_CLOSE_ON_EXIT=FALSE", "--spring.datasource.username=sa", "--spring.datasource.password=")) {
            int port = ((WebServerApplicationContext) restored).getWebServer().getPort();
            ApiClient monitor = new ApiClient(port, "monitor");
            Response restore = new Response(monitor.http().send(monitor.request("/api/admin/restore")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(export.body()))));
            assertThat(restore.status()).as(restore.toString()).isEqualTo(200);
            assertThat(restored.getEnvironment().getProperty("spring.datasource.url")).contains(emptyStore.toString());
            assertThat(restore.json().get("events").asLong()).isEqualTo(export.body().lines().count());

            long position = restore.json().get("lastPosition").asLong();
            JsonNode rebuilt = new ApiClient(port, "reader").get("/api/partnerships/" + id + "?awaitPosition=" + position)
                    .json();
            assertThat(rebuilt).isEqualTo(original);
            JsonNode rebuiltTrail = new ApiClient(port, "reader").get("/api/audit-trail?aggregateId=" + id).json()
                    .get("entries");
            assertThat(rebuiltTrail).isEqualTo(originalTrail);
            assertThat(positions(monitor.get("/api/exports/events").body()))
                    .as("every event keeps its position, gaps and all").isEqualTo(positions(export.body()));
            assertThat(position).isEqualTo(positions(export.body()).get(positions(export.body()).size() - 1));

            Response again = new Response(monitor.http().send(monitor.request("/api/admin/restore")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(export.body()))));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("STORE_NOT_EMPTY");
        }
    }

    private static java.util.List<Long> positions(String jsonLines) {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        return jsonLines.lines().filter(line -> !line.isBlank()).map(line -> mapper.readTree(line).get("position")
                .asLong()).toList();
    }

    @Test
    void theDecisionRegisterExportsAsCsv() {
        String id = unique("csv");
        String body = unique("pwg");
        Response formed = recorder().post("/api/partnerships", """
                {"partnershipId":"%s","name":"CSV","authorities":[
                 {"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                 {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"bodyId":"%s","bodyName":"Partnership Working Group","decidedOn":"2018-10-23",
                               "minuteReference":"5","wording":"=That, \\"quoted\\", it be formed"}}""".formatted(id, body));
        Response csv = reader().get("/api/exports/decision-register.csv?partnershipId=" + id + "&" + awaiting(formed));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).startsWith("decided_on,body_id,body_name,minute_reference");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith("2018-10-23," + body + ",Partnership Working Group,5,,\"'=That, \"\"quoted\"\", it be formed\"");
    }
}
