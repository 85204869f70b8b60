package org.partnershiprecord.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import tools.jackson.databind.JsonNode;

/**
 * Schedule 12A: after exempt content is recorded with unique marker strings, a caller not entitled
 * to it walks every GET endpoint of the OpenAPI document (and the feed, its stream and the exports)
 * and no marker appears anywhere; the exempt entry's existence, date, body and paragraphs do. The
 * monitoring officer sees the content, and after a recorded release so does everyone.
 */
@OnH2
class ExemptContentApiTest extends ApiTestBase {

    String partnership;
    String body;
    String meeting;
    String titleMarker;
    String wordingMarker;
    String declarationMarker;
    String correctionMarker;
    String rescissionMarker;
    String rescindingMarker;
    String documentMarker;
    String caseMarker;
    String endorsementMarker;
    String businessCase;
    long lastPosition;

    @BeforeEach
    void recordExemptContent() {
        partnership = unique("exempt-p");
        body = unique("exempt-b");
        meeting = unique("exempt-m");
        titleMarker = unique("TITLE-MARKER");
        wordingMarker = unique("WORDING-MARKER");
        declarationMarker = unique("DECLARATION-MARKER");
        correctionMarker = unique("CORRECTION-MARKER");
        rescissionMarker = unique("RESCISSION-MARKER");
        rescindingMarker = unique("RESCINDING-MARKER");
        documentMarker = unique("DOCUMENT-MARKER");
        caseMarker = unique("CASE-MARKER");
        endorsementMarker = unique("ENDORSEMENT-MARKER");
        businessCase = unique("exempt-case");
        ok(recorder().post("/api/partnerships", """
                {"partnershipId":"%s","name":"Exempt test","authorities":[
                 {"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                 {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"wording":"Formed"}}""".formatted(partnership)));
        ok(recorder().post("/api/bodies", """
                {"bodyId":"%s","name":"Joint Shared Services and Personnel Committee","kind":"JOINT_COMMITTEE",
                 "authorities":["OCC","CDC"],"partnershipId":"%s"}""".formatted(body, partnership)));
        ok(recorder().post("/api/meetings", """
                {"meetingId":"%s","bodyId":"%s","date":"2022-03-15","title":"JSSPC"}""".formatted(meeting, body)));
        ok(recorder().post("/api/meetings/" + meeting + "/agenda-items", """
                {"itemNumber":"9","title":"%s","exemptParagraphs":[1,2]}""".formatted(titleMarker)));
        ok(recorder().post("/api/meetings/" + meeting + "/agenda-items", """
                {"itemNumber":"4","title":"JOTWG update (public)"}"""));
        ok(recorder().post("/api/meetings/" + meeting + "/resolutions", """
                {"itemNumber":"9","minuteReference":"9(1)","action":"APPROVE","wording":"%s",
                 "decisionRegister":{"declarationsOfInterest":["%s"]}}""".formatted(wordingMarker, declarationMarker)));
        ok(recorder().post("/api/meetings/" + meeting + "/documents", """
                {"itemNumber":"9","documentReference":"appendix-3","title":"%s"}""".formatted(documentMarker)));
        ok(recorder().post("/api/business-cases", """
                {"businessCaseId":"%s","partnershipId":"%s","title":"%s","service":"%s service","summary":"%s summary",
                 "savings":[{"authority":"OCC","financialYear":"2022/23","pence":1234500}],"exemptParagraphs":[3]}"""
                .formatted(businessCase, partnership, caseMarker, caseMarker, caseMarker)));
        // A later step of an exempt case does not repeat the exemption: the case is exempt as a whole.
        ok(recorder().post("/api/business-cases/" + businessCase + "/endorsements", """
                {"resolution":{"bodyId":"%s","bodyName":"Joint Management Team","decidedOn":"2022-03-01",
                 "minuteReference":"7","wording":"%s"}}""".formatted(unique("jmt"), endorsementMarker)));
        ok(recorder().post("/api/meetings/" + meeting + "/corrections", """
                {"minuteReference":"9(1)","field":"wording","correctedValue":"%s corrected","reason":"%s"}"""
                .formatted(wordingMarker, correctionMarker)));
        // The rescission of an exempt minute is exempt as the minute is: its reason, and the rescinding wording.
        lastPosition = ok(recorder().post("/api/meetings/" + meeting + "/resolutions/9(1)/rescission", """
                {"resolution":{"bodyId":"%s","bodyName":"Joint Shared Services and Personnel Committee",
                 "decidedOn":"2022-06-14","minuteReference":"12","wording":"%s"},"reason":"%s"}"""
                .formatted(body, rescindingMarker, rescissionMarker))).json().get("position").asLong();
        as("monitor").get("/api/meetings/" + meeting + "?awaitPosition=" + lastPosition);
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private List<String> markers() {
        return List.of(titleMarker, wordingMarker, declarationMarker, correctionMarker, rescissionMarker,
                rescindingMarker, documentMarker, caseMarker, endorsementMarker);
    }

    /** Every GET of the OpenAPI document, path parameters filled with the ids recorded above. */
    private List<String> everyReadPath() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        Map<String, String> ids = Map.of("partnershipId", partnership, "bodyId", body, "meetingId", meeting,
                "minuteReference", "9(1)", "id", meeting, "businessCaseId", businessCase);
        List<String> reads = new ArrayList<>();
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/") || !path.getValue().has("get")
                    || path.getKey().equals("/api/events/stream")) {
                continue;
            }
            String concrete = path.getKey();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                concrete = concrete.replace("{" + id.getKey() + "}", id.getValue());
            }
            concrete = concrete.replaceAll("\\{[^}]+}", "probe");
            reads.add(concrete);
            reads.add(concrete + (concrete.contains("?") ? "&" : "?") + "partnershipId=" + partnership);
            if (path.getValue().get("get").path("parameters").valueStream()
                    .anyMatch(parameter -> parameter.path("name").asString().equals("atPosition"))) {
                // As-at answers are built from scratch views, and must pass through the same filter.
                reads.add(concrete + "?atPosition=" + head);
                reads.add(concrete + "?decidedAsAt=9999-12-31");
            }
        }
        reads.add("/api/meetings?bodyId=" + body);
        reads.add("/api/audit-trail?aggregateId=" + meeting);
        reads.add("/api/audit-trail?aggregateId=" + businessCase);
        reads.add("/api/business-cases/" + businessCase);
        reads.add("/api/events?after=0&limit=1000");
        reads.add("/api/exports/events");
        reads.add("/api/exports/decision-register.csv");
        return reads;
    }

    @Test
    void noReaderOrRecorderSeesAnyExemptContentOnAnyReadPath() {
        List<String> reads = everyReadPath();
        assertThat(reads).hasSizeGreaterThan(20);
        assertThat(reads).as("the as-at reads of every view").filteredOn(path -> path.contains("?atPosition="))
                .hasSizeGreaterThanOrEqualTo(18);
        int answered = 0;
        for (String caller : List.of("reader", "recorder", "integration")) {
            for (String path : reads) {
                Response response = as(caller).get(path);
                assertThat(response.status()).as(caller + " " + path).isLessThan(500);
                for (String marker : markers()) {
                    if (response.body().contains(marker)) {
                        response.body().lines().filter(l -> l.contains(marker)).limit(3)
                                .forEach(l -> System.out.println("LEAK " + l.substring(0, Math.min(900, l.length()))));
                    }
                    assertThat(response.body()).as(caller + " GET " + path + " shows " + marker).doesNotContain(marker);
                }
                if (response.status() == 200) {
                    answered++;
                }
            }
        }
        assertThat(answered).isGreaterThan(30);
    }

    @Test
    void theExemptEntryStillShowsThatItExistsItsDateBodyAndParagraphs() {
        JsonNode view = reader().get("/api/meetings/" + meeting).json();
        JsonNode item = find(view.get("agendaItems"), "itemNumber", "9");
        assertThat(item.get("exemptParagraphs").toString()).contains("1").contains("2");
        assertThat(item.get("title").asString()).startsWith("[withheld");
        JsonNode resolution = find(view.get("resolutions"), "minuteReference", "9(1)");
        assertThat(resolution.get("wording").asString()).startsWith("[withheld");
        JsonNode rescission = resolution.get("rescission");
        assertThat(rescission.get("rescindedBy").get("decidedOn").asString()).isEqualTo("2022-06-14");
        assertThat(rescission.get("rescindedBy").get("minuteReference").asString()).isEqualTo("12");
        assertThat(rescission.get("rescindedBy").get("wording").asString()).startsWith("[withheld");
        assertThat(rescission.get("reason").asString()).startsWith("[withheld");
        assertThat(rescission.get("position").asLong()).isEqualTo(lastPosition);
        assertThat(find(view.get("agendaItems"), "itemNumber", "4").get("title").asString())
                .isEqualTo("JOTWG update (public)");
        assertThat(view.get("date").asString()).isEqualTo("2022-03-15");
        assertThat(view.toString()).contains("Joint Shared Services and Personnel Committee");

        JsonNode register = reader().get("/api/decision-register?bodyId=" + body).json();
        // 9(1), and minute 12 that rescinded it: exempt as 9(1) is, since the rescission carries its exemption.
        assertThat(register).hasSize(2);
        assertThat(register.get(0).get("rescinded").asBoolean()).as("that it was rescinded is not content").isTrue();
        assertThat(register.get(1).get("minuteReference").asString()).isEqualTo("12");
        assertThat(register.get(1).get("wording").asString()).startsWith("[withheld");
        assertThat(reader().get("/api/decision-register?partnershipId=" + partnership).json().findValuesAsString(
                "minuteReference")).as("a meeting's minutes are found by the partnership of its body").contains("9(1)");
        assertThat(register.get(0).get("decidedOn").asString()).isEqualTo("2022-03-15");
        assertThat(register.get(0).get("minuteReference").asString()).isEqualTo("9(1)");
        assertThat(register.get(0).get("wording").asString()).startsWith("[withheld");
    }

    @Test
    void theStreamWithholdsExemptContentToo() throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(as("integration")
                .request("/api/events/stream?after=0").header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = stream.body()) {
                int read;
                while (!seen.toString().contains("\"aggregateId\":\"" + meeting + "\"") || seen.indexOf("id:" + lastPosition) < 0) {
                    read = in.read(buffer);
                    if (read < 0) {
                        return;
                    }
                    seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reading.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        assertThat(seen.toString()).contains(meeting);
        markers().forEach(marker -> assertThat(seen.toString()).doesNotContain(marker));
    }

    @Test
    void theMonitoringOfficerSeesItAndAfterAReleaseEveryoneDoes() {
        assertThat(as("monitor").get("/api/meetings/" + meeting).body()).contains(titleMarker).contains(wordingMarker);
        assertThat(as("monitor").get("/api/audit-trail?aggregateId=" + meeting).body()).contains(declarationMarker);
        assertThat(as("monitor").get("/api/meetings/" + meeting).body()).contains(documentMarker)
                .contains(rescissionMarker).contains(rescindingMarker);
        assertThat(as("monitor").get("/api/business-cases/" + businessCase).body()).contains(caseMarker);

        Response caseReleased = recorder().post("/api/business-cases/" + businessCase + "/exemption-release", """
                {"releasedOn":"2023-03-15","resolution":{"wording":"That the business case be published."}}""");
        assertThat(caseReleased.status()).as(caseReleased.toString()).isEqualTo(200);
        assertThat(reader().get("/api/business-cases/" + businessCase + "?" + awaiting(caseReleased)).body())
                .contains(caseMarker);
        assertThat(reader().get("/api/audit-trail?aggregateId=" + businessCase).body()).contains(caseMarker);

        Response released = recorder().post("/api/meetings/" + meeting + "/exemption-releases", """
                {"itemNumber":"9","releasedOn":"2023-03-15","resolution":{"bodyId":"%s",
                 "bodyName":"Joint Shared Services and Personnel Committee","decidedOn":"2023-03-15",
                 "wording":"That the information be published, the reasons for exemption having lapsed."}}"""
                .formatted(body));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        Response after = reader().get("/api/meetings/" + meeting + "?" + awaiting(released));
        assertThat(after.body()).contains(titleMarker).contains(wordingMarker).contains(rescissionMarker);
        assertThat(reader().get("/api/decision-register?bodyId=" + body).body())
                .as("a released item's minutes are public in the register too").contains(wordingMarker);
        Response again = recorder().post("/api/meetings/" + meeting + "/exemption-releases", """
                {"itemNumber":"9","releasedOn":"2023-03-16","resolution":{"wording":"Again"}}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("ALREADY_RELEASED");
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode entry : list) {
            if (entry.path(field).asString().equals(value)) {
                return entry;
            }
        }
        throw new AssertionError("No entry with " + field + " = " + value + " in " + list);
    }

}
