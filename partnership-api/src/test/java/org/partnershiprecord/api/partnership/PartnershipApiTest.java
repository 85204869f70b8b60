package org.partnershiprecord.api.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;

/** Partnerships over HTTP, and every class of refusal the API gives, on H2 and PostgreSQL. */
class PartnershipApiTest {

    static String formBody(String id, String... codes) {
        StringBuilder authorities = new StringBuilder();
        for (String code : codes) {
            if (authorities.length() > 0) {
                authorities.append(',');
            }
            authorities.append("{\"code\":\"").append(code).append("\",\"name\":\"").append(code)
                    .append(" Council\",\"tier\":\"DISTRICT\"}");
        }
        return """
                {"partnershipId":"%s","name":"Joint working","authorities":[%s],"formedOn":"2018-10-01",
                 "resolution":{"bodyId":"pwg","bodyName":"Partnership Working Group","decidedOn":"2018-10-23",
                               "wording":"That joint working be established."}}""".formatted(id, authorities);
    }

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void aRecorderFormsAPartnershipAndReadsItBack() {
            String id = unique("occ-cdc");
            Response formed = recorder().post("/api/partnerships", formBody(id, "OCC", "CDC"));

            assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
            assertThat(formed.header("Location")).isEqualTo("/api/partnerships/" + id);
            assertThat(formed.header("ETag")).isEqualTo("\"0\"");
            assertThat(formed.json().get("position").asLong()).isPositive();
            assertThat(formed.header("X-Record-Position")).isEqualTo(formed.json().get("position").asText());

            Response view = reader().get("/api/partnerships/" + id + "?" + awaiting(formed));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo("\"0\"");
            assertThat(view.json().get("status").asText()).isEqualTo("FORMING");
            assertThat(view.json().get("authorities")).hasSize(2);
            assertThat(view.json().get("formedBy").get("minuteReference").isNull()).isTrue();
            assertThat(view.json().get("formedBy").get("bodyName").asText()).isEqualTo("Partnership Working Group");
        }

        @Test
        void aRuleRefusalIs409WithTheRuleCodeAndRecordsNothing() {
            long before = eventCount();
            Response refused = recorder().post("/api/partnerships", formBody(unique("alone"), "OCC"));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asText()).isEqualTo("PARTNERSHIP_NEEDS_TWO_AUTHORITIES");
            assertThat(refused.json().get("code").asText()).isEqualTo("PARTNERSHIP_NEEDS_TWO_AUTHORITIES");
            assertThat(refused.json().get("detail").asText()).contains("at least two");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void formingTheSameIdTwiceIsAConflict() {
            String id = unique("twice");
            assertThat(recorder().post("/api/partnerships", formBody(id, "OCC", "CDC")).status()).isEqualTo(201);
            long before = eventCount();
            Response again = recorder().post("/api/partnerships", formBody(id, "OCC", "CDC"));
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("code").asText()).isEqualTo("ALREADY_EXISTS");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void malformedJsonIs400() {
            Response malformed = recorder().post("/api/partnerships", "{\"partnershipId\": ");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.contentType()).startsWith("application/problem+json");
            assertThat(malformed.json().get("code").asText()).isEqualTo("MALFORMED_REQUEST");
        }

        @Test
        void missingFieldsAre400WithFieldLevelDetails() {
            Response invalid = recorder().post("/api/partnerships", "{\"partnershipId\":\"x\",\"authorities\":[]}");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(invalid.json().get("errors").toString()).contains("name").contains("authorities")
                    .contains("resolution");
        }

        @Test
        void anInvalidIdIs400WithTheInvalidValueRule() {
            Response invalid = recorder().post("/api/partnerships", formBody("has spaces!", "OCC", "CDC"));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().get("rule").asText()).isEqualTo("INVALID_VALUE");
        }

        @Test
        void aBodyCannotSetTheRecorder() {
            String body = formBody(unique("forged"), "OCC", "CDC").replaceFirst("\\{", "{\"recordedBy\":\"mallory\",");
            long before = eventCount();
            Response refused = recorder().post("/api/partnerships", body);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void valuesNoViewCouldHoldAre400AndRecordNothing() {
            long before = eventCount();
            String controlCharacters = formBody(unique("ctl"), "OCC", "CDC")
                    .replace("That joint working be established.", "\\u0001".repeat(2000));
            Response control = recorder().post("/api/partnerships", controlCharacters);
            assertThat(control.status()).as(control.toString()).isEqualTo(400);
            assertThat(control.json().get("rule").asText()).isEqualTo("INVALID_VALUE");

            Response farFuture = recorder().post("/api/partnerships",
                    formBody(unique("date"), "OCC", "CDC").replace("2018-10-01", "+999999999-12-31"));
            assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(400);
            Response year500 = recorder().post("/api/partnerships",
                    formBody(unique("date"), "OCC", "CDC").replace("2018-10-01", "0500-10-01"));
            assertThat(year500.status()).isEqualTo(400);
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void anUnknownPartnershipIs404() {
            Response missing = reader().get("/api/partnerships/" + unique("nobody"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");

            Response commandToNobody = recorder().post("/api/partnerships/" + unique("nobody") + "/principles",
                    "{\"number\":1,\"text\":\"x\",\"resolution\":" + notStated("x") + "}");
            assertThat(commandToNobody.status()).isEqualTo(404);
        }

        @Test
        void aWrongContentTypeIs415AndAnUnacceptableAcceptIs406() {
            Response text = new Response(recorder().http().send(recorder().request("/api/partnerships")
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello"))));
            assertThat(text.status()).isEqualTo(415);
            assertThat(text.contentType()).startsWith("application/problem+json");

            Response xml = recorder().header("Accept", "application/xml").get("/api/partnerships");
            assertThat(xml.status()).isEqualTo(406);
        }

        @Test
        void aMethodTheApiDoesNotOfferIs405() {
            Response put = new Response(recorder().http().send(recorder().request("/api/partnerships")
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"))));
            assertThat(put.status()).isEqualTo(405);
            assertThat(put.contentType()).startsWith("application/problem+json");
            Response anonymous = new Response(anonymous().http().send(anonymous().request("/api/partnerships")
                    .DELETE()));
            assertThat(anonymous.status()).isEqualTo(401);
        }

        @Test
        void anOversizedBodyIs413() {
            String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
            long before = eventCount();
            Response tooLarge = recorder().post("/api/partnerships", huge);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.json().get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aStaleIfMatchIs412AndACurrentOneIsAccepted() {
            String id = unique("versions");
            recorder().post("/api/partnerships", formBody(id, "OCC", "CDC"));
            String principle = "{\"number\":%d,\"text\":\"Retain governance\",\"resolution\":" + notStated("Adopted") + "}";

            Response first = recorder().header("If-Match", "\"0\"").post("/api/partnerships/" + id + "/principles",
                    principle.formatted(1));
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.header("ETag")).isEqualTo("\"1\"");

            long before = eventCount();
            Response stale = recorder().header("If-Match", "\"0\"").post("/api/partnerships/" + id + "/principles",
                    principle.formatted(2));
            assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            assertThat(stale.json().get("code").asText()).isEqualTo("VERSION_MISMATCH");
            assertThat(eventCount()).isEqualTo(before);

            Response onCreate = recorder().header("If-Match", "\"3\"").post("/api/partnerships",
                    formBody(unique("if-match-create"), "OCC", "CDC"));
            assertThat(onCreate.status()).isEqualTo(412);
            assertThat(eventCount()).isEqualTo(before);

            Response garbage = recorder().header("If-Match", "yesterday").post("/api/partnerships/" + id + "/principles",
                    principle.formatted(2));
            assertThat(garbage.status()).isEqualTo(400);
        }

        @Test
        void theSameIdempotencyKeyReplaysTheFirstAnswerAndRecordsNothingNew() {
            String id = unique("idem");
            String key = unique("key");
            Response first = recorder().header("Idempotency-Key", key).post("/api/partnerships", formBody(id, "OCC", "CDC"));
            assertThat(first.status()).isEqualTo(201);
            long after = eventCount();

            Response again = recorder().header("Idempotency-Key", key).post("/api/partnerships", formBody(id, "OCC", "CDC"));
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.json().get("position").asLong()).isEqualTo(first.json().get("position").asLong());
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(eventCount()).isEqualTo(after);

            Response different = recorder().header("Idempotency-Key", key)
                    .post("/api/partnerships", formBody(unique("other"), "OCC", "CDC"));
            assertThat(different.status()).isEqualTo(422);
            assertThat(different.json().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
            assertThat(eventCount()).isEqualTo(after);
        }

        @Test
        void anIdempotencyKeyLeftPendingByACrashCanBeUsedAgain() {
            String key = unique("crashed");
            jdbc.update("""
                    INSERT INTO idempotent_request (principal, idempotency_key, fingerprint, state, created_at)
                    VALUES ('recorder', ?, 'x', 'PENDING', ?)""", key,
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)));
            Response again = recorder().header("Idempotency-Key", key)
                    .post("/api/partnerships", formBody(unique("after-crash"), "OCC", "CDC"));
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
        }

        @Test
        void signingInIsRequiredAndReadersCannotRecord() {
            Response anonymous = anonymous().get("/api/partnerships");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");

            long before = eventCount();
            Response reader = reader().post("/api/partnerships", formBody(unique("r"), "OCC", "CDC"));
            assertThat(reader.status()).isEqualTo(403);
            assertThat(eventCount()).isEqualTo(before);
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
