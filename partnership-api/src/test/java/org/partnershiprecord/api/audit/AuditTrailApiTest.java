package org.partnershiprecord.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/** The audit trail and the decision register over HTTP: who resolved it, who recorded it, when, via which client. */
class AuditTrailApiTest {

    static String form(String id) {
        return form(id, "pwg");
    }

    /** Bodies are shared facts: a resolution of the same body, date and minute is one register entry. */
    static String form(String id, String bodyId) {
        return """
                {"partnershipId":"%s","name":"Audit test","formedOn":"2018-10-01",
                 "authorities":[{"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                                {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"bodyId":"%s","bodyName":"Partnership Working Group","decidedOn":"2018-10-23",
                               "minuteReference":"5","wording":"That the partnership be formed."}}""".formatted(id, bodyId);
    }

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void everyEntryNamesWhoResolvedItAndWhoRecordedItThroughWhichRequest() {
            String id = unique("audit");
            Response formed = recorder().header("X-Request-Id", "req-" + id).post("/api/partnerships", form(id));
            assertThat(formed.status()).isEqualTo(201);
            Response principle = as("integration").post("/api/partnerships/" + id + "/principles",
                    "{\"number\":1,\"text\":\"Retain governance\",\"resolution\":{\"bodyId\":\"pwg\","
                            + "\"bodyName\":\"Partnership Working Group\",\"decidedOn\":\"2018-10-23\",\"minuteReference\":\"6\","
                            + "\"wording\":\"That the principles be adopted.\"}}");

            Response trail = reader().get("/api/audit-trail?partnershipId=" + id + "&" + awaiting(principle));
            assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
            JsonNode entries = trail.json().get("entries");
            assertThat(entries).hasSize(2);

            JsonNode first = entries.get(0);
            assertThat(first.get("eventType").asText()).isEqualTo("PartnershipFormed");
            assertThat(first.get("aggregateId").asText()).isEqualTo(id);
            assertThat(first.get("recordedBy").asText()).isEqualTo("recorder");
            assertThat(first.get("recorderRoles").asText()).contains("ROLE_RECORDER");
            assertThat(first.get("clientId").asText()).isEqualTo("recorder");
            assertThat(first.get("requestId").asText()).isEqualTo("req-" + id);
            assertThat(first.get("correlationId").asText()).isNotBlank();
            assertThat(first.get("causationId").asText()).isNotBlank();
            assertThat(first.get("recordedAt").asText()).isNotBlank();
            assertThat(first.get("resolvedBy").get("bodyName").asText()).isEqualTo("Partnership Working Group");
            assertThat(first.get("resolvedBy").get("minuteReference").asText()).isEqualTo("5");
            assertThat(first.get("payload").get("name").asText()).isEqualTo("Audit test");

            assertThat(entries.get(1).get("recordedBy").asText()).isEqualTo("integration");
            assertThat(entries.get(1).get("position").asLong()).isGreaterThan(first.get("position").asLong());
        }

        @Test
        void theTrailFiltersByRecorderAndBodyAndPages() {
            String id = unique("pages");
            recorder().post("/api/partnerships", form(id));
            Response last = null;
            for (int n = 1; n <= 3; n++) {
                last = as("integration").post("/api/partnerships/" + id + "/principles",
                        "{\"number\":" + n + ",\"text\":\"P\",\"resolution\":{\"wording\":\"Adopted\"}}");
            }
            String await = awaiting(last);

            Response byIntegration = reader().get("/api/audit-trail?partnershipId=" + id + "&recordedBy=integration&" + await);
            assertThat(byIntegration.json().get("entries")).hasSize(3);
            Response byBody = reader().get("/api/audit-trail?partnershipId=" + id + "&bodyId=pwg&" + await);
            assertThat(byBody.json().get("entries")).hasSize(1);

            List<Long> seen = new ArrayList<>();
            long after = 0;
            for (int page = 0; page < 10; page++) {
                JsonNode answer = reader().get("/api/audit-trail?partnershipId=" + id + "&limit=2&after=" + after).json();
                answer.get("entries").forEach(e -> seen.add(e.get("position").asLong()));
                if (answer.get("nextAfter").isNull()) {
                    break;
                }
                after = answer.get("nextAfter").asLong();
            }
            assertThat(seen).hasSize(4).isSorted().doesNotHaveDuplicates();

            assertThat(reader().get("/api/audit-trail?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z").status())
                    .isEqualTo(400);
        }

        /**
         * Writers committing at the same time leave late-filled gaps in the global index; every entry must
         * still get its own event's position (not the token's highest), or the views would stall.
         */
        @Test
        void concurrentWritersAllReachTheTrailAndTheRegister() throws Exception {
            String prefix = unique("concurrent");
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<Response>> answers = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                String id = prefix + "-" + n;
                answers.add(writers.submit(() -> recorder().post("/api/partnerships", form(id, unique("pwg")))));
            }
            long last = 0;
            for (var answer : answers) {
                Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                last = Math.max(last, response.json().get("position").asLong());
            }
            writers.shutdown();
            Response trail = reader().get("/api/audit-trail?limit=1000&after=0&awaitPosition=" + last);
            assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
            List<String> recorded = new ArrayList<>();
            for (long after = 0; ; ) {
                JsonNode page = reader().get("/api/audit-trail?limit=1000&after=" + after).json();
                page.get("entries").forEach(e -> {
                    if (e.get("aggregateId").asText().startsWith(prefix)) {
                        recorded.add(e.get("aggregateId").asText());
                    }
                });
                if (page.get("nextAfter").isNull()) {
                    break;
                }
                after = page.get("nextAfter").asLong();
            }
            assertThat(recorded).hasSize(40).doesNotHaveDuplicates();
        }

        @Test
        void aCorrectedConditionShowsInTheRegisterAsTheMeetingDecidedIt() {
            String body = unique("cabinet");
            String meeting = unique("cabinet-sitting");
            assertThat(recorder().post("/api/bodies", """
                    {"bodyId":"%s","name":"Cabinet","kind":"CABINET","authorities":["OCC"]}""".formatted(body)).status())
                    .isEqualTo(201);
            recorder().post("/api/meetings", """
                    {"meetingId":"%s","bodyId":"%s","date":"2019-07-16","title":"Cabinet"}""".formatted(meeting, body));
            recorder().post("/api/meetings/" + meeting + "/resolutions", """
                    {"minuteReference":"1(b)","action":"REQUEST","wording":"To request the JSSPC to convene.",
                     "subjectTo":"Cherwell District Council Executive endorsing the proposals on 15 July 2019"}""");
            Response corrected = recorder().post("/api/meetings/" + meeting + "/corrections", """
                    {"minuteReference":"1(b)","field":"subjectTo","correctedValue":null,"reason":"Resolved without condition."}""");
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

            JsonNode entry = reader().get("/api/decision-register?bodyId=" + body + "&" + awaiting(corrected)).json().get(0);
            assertThat(entry.get("conditionStatus").asText()).isEqualTo("UNCONDITIONAL");
            assertThat(entry.get("corrected").asBoolean()).isTrue();
            JsonNode minute = reader().get("/api/meetings/" + meeting).json().get("resolutions").get(0);
            assertThat(minute.get("conditionStatus").asText()).isEqualTo("UNCONDITIONAL");
        }

        @Test
        void theDecisionRegisterListsTheResolutionWithItsEffect() {
            String id = unique("register");
            String body = unique("pwg");
            Response formed = recorder().post("/api/partnerships", form(id, body));
            Response register = reader().get("/api/decision-register?partnershipId=" + id + "&" + awaiting(formed));
            assertThat(register.status()).isEqualTo(200);
            JsonNode entries = register.json();
            assertThat(entries).hasSize(1);
            JsonNode entry = entries.get(0);
            assertThat(entry.get("bodyId").asText()).isEqualTo(body);
            assertThat(entry.get("decidedOn").asText()).isEqualTo("2018-10-23");
            assertThat(entry.get("minuteReference").asText()).isEqualTo("5");
            assertThat(entry.get("wording").asText()).isEqualTo("That the partnership be formed.");
            assertThat(entry.get("conditionStatus").asText()).isEqualTo("UNCONDITIONAL");
            assertThat(entry.get("effects").get(0).get("eventType").asText()).isEqualTo("PartnershipFormed");
            assertThat(entry.get("effects").get(0).get("aggregateId").asText()).isEqualTo(id);
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
