package org.partnershiprecord.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.PartnershipRecordApplication;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.Gaps;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        Instant deadline = Instant.now().plusSeconds(30);
        while (export.body().lines().count() < eventCount() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            export = as("monitor").get("/api/exports/events");
        }
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().lines().count()).isEqualTo(eventCount());
        assertThat(as("recorder").get("/api/exports/events").status()).isEqualTo(200);

        Path emptyStore = Files.createTempDirectory("partnership-restore-");
        restoreInto("jdbc:h2:file:" + emptyStore.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", export.body(), id,
                original, originalTrail);
        String emptyPostgres = TestDatabases.emptyPostgres();
        if (emptyPostgres != null) {
            restoreInto(emptyPostgres, "postgres", export.body(), id, original, originalTrail);
        }
    }

    /** Restores the export into an empty store at {@code url} and compares what the views show there. */
    private void restoreInto(String url, String user, String exported, String id, JsonNode original,
                             JsonNode originalTrail) throws Exception {
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(PartnershipRecordApplication.class)
                .profiles("test")
                // Arguments, not default properties: application.yml's datasource would override defaults.
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=")) {
            int port = ((WebServerApplicationContext) restored).getWebServer().getPort();
            ApiClient monitor = new ApiClient(port, "monitor");
            Response restore = new Response(monitor.http().send(monitor.request("/api/admin/restore")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(exported))));
            assertThat(restore.status()).as(restore.toString()).isEqualTo(200);
            assertThat(restored.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
            assertThat(restore.json().get("events").asLong()).isEqualTo(exported.lines().count());

            long position = restore.json().get("lastPosition").asLong();
            JsonNode rebuilt = new ApiClient(port, "reader").get("/api/partnerships/" + id + "?awaitPosition=" + position)
                    .json();
            assertThat(rebuilt).isEqualTo(original);
            JsonNode rebuiltTrail = new ApiClient(port, "reader").get("/api/audit-trail?aggregateId=" + id).json()
                    .get("entries");
            assertThat(rebuiltTrail).isEqualTo(originalTrail);
            List<Long> exportedPositions = positions(exported);
            assertThat(positions(monitor.get("/api/exports/events").body()))
                    .as("every event keeps its position, gaps and all (%s)", url).isEqualTo(exportedPositions);
            assertThat(position).isEqualTo(exportedPositions.get(exportedPositions.size() - 1));
            Response next = new ApiClient(port, "recorder").post("/api/partnerships/" + id + "/principles",
                    "{\"number\":3,\"text\":\"After the restore\",\"resolution\":{\"wording\":\"Adopted\"}}");
            assertThat(next.json().get("position").asLong()).as("the store continues after the last position")
                    .isEqualTo(position + 1);

            Response again = new Response(monitor.http().send(monitor.request("/api/admin/restore")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(exported))));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("STORE_NOT_EMPTY");
        }
    }

    private static List<Long> positions(String jsonLines) {
        JsonMapper mapper = JsonMapper.builder().build();
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
