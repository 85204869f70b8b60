package org.partnershiprecord.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_ONE;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_TWO;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;
import static org.partnershiprecord.api.support.TestJson.texts;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.Bodies;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import org.partnershiprecord.api.support.Partnerships;
import tools.jackson.databind.JsonNode;

/**
 * The rescission of a resolution by a later resolution of the same body, over HTTP on H2 and PostgreSQL. The JSSPC
 * sitting of the 2022 update ({@code seeds/jsspc-2022-separation-update.txt}) endorses phases one and two; the papers
 * rescind nothing, so every rescission here is HYPOTHETICAL: the committee rescinds its phase two endorsement on
 * 14 June 2022. The rescinded minute keeps its place in the minutes and the register, marked; the record in words
 * tells both.
 */
class RescissionApiTest {

    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final String SITTING = "2022-03-15";
    static final String JUNE_14 = "2022-06-14";
    static final String RESCINDING = "HYPOTHETICAL: That resolution (3) of 15 March 2022 be rescinded, the phase two"
            + " services to be reconsidered with phase three.";
    static final String REASON = "HYPOTHETICAL: the Cherwell District Council Executive asked for phase two to be"
            + " reconsidered.";

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void aLaterSittingRescindsAResolutionWhichStaysInTheMinutesTheRegisterAndTheRecordMarked() {
            Sitting sitting = sitting();
            Response stale = recorder().header("If-Match", "\"1\"").post(rescission(sitting.meeting(), "(3)"),
                    rescinding(sitting.body(), JUNE_14, "(6)", REASON));
            assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            assertThat(stale.json().get("code").asString()).isEqualTo("VERSION_MISMATCH");

            Response rescinded = recorder().header("If-Match", "\"2\"").post(rescission(sitting.meeting(), "(3)"),
                    rescinding(sitting.body(), JUNE_14, "(6)", REASON));
            assertThat(rescinded.status()).as(rescinded.toString()).isEqualTo(200);
            assertThat(rescinded.header("ETag")).isEqualTo("\"3\"");
            assertThat(texts(rescinded.json().get("events"))).containsExactly("ResolutionRescinded");
            long position = rescinded.json().get("position").asLong();

            // The minutes: (3) keeps its place and wording, marked with the rescission and a link to its event.
            Response view = reader().get("/api/meetings/" + sitting.meeting() + "?" + awaiting(rescinded));
            assertThat(view.header("ETag")).isEqualTo("\"3\"");
            JsonNode resolutions = view.json().get("resolutions");
            assertThat(texts(resolutions, "minuteReference")).containsExactly("(2)", "(3)");
            assertThat(resolutions.get(0).get("rescission").isNull()).isTrue();
            JsonNode phaseTwo = resolutions.get(1);
            assertThat(phaseTwo.get("wording").asString()).isEqualTo(ENDORSED_PHASE_TWO);
            JsonNode rescission = phaseTwo.get("rescission");
            assertThat(rescission.get("rescindedBy").get("bodyId").asString()).isEqualTo(sitting.body());
            assertThat(rescission.get("rescindedBy").get("bodyName").asString()).isEqualTo(JSSPC_NAME);
            assertThat(rescission.get("rescindedBy").get("decidedOn").asString()).isEqualTo(JUNE_14);
            assertThat(rescission.get("rescindedBy").get("minuteReference").asString()).isEqualTo("(6)");
            assertThat(rescission.get("rescindedBy").get("wording").asString()).isEqualTo(RESCINDING);
            assertThat(rescission.get("reason").asString()).isEqualTo(REASON);
            assertThat(rescission.get("position").asLong()).isEqualTo(position);
            assertThat(rescission.get("recordedBy").asString()).isEqualTo("recorder");
            assertThat(rescission.get("recordedAt").asString()).isNotBlank();
            Response event = as("integration").get(rescission.get("event").asString());
            assertThat(event.status()).as(event.toString()).isEqualTo(200);
            assertThat(event.json().get("events").get(0).get("type").asString()).isEqualTo("ResolutionRescinded");
            assertThat(event.json().get("events").get(0).get("position").asLong()).isEqualTo(position);

            // The register: (3) is rescinded, by (6), whose own entry says what it did.
            JsonNode register = reader().get("/api/decision-register?bodyId=" + sitting.body()).json();
            assertThat(texts(register, "minuteReference")).containsExactly("(2)", "(3)", "(6)");
            assertThat(register.get(0).get("rescinded").asBoolean()).isFalse();
            assertThat(register.get(0).get("rescission").isNull()).isTrue();
            JsonNode rescindedEntry = register.get(1);
            assertThat(rescindedEntry.get("rescinded").asBoolean()).isTrue();
            assertThat(rescindedEntry.get("wording").asString()).isEqualTo(ENDORSED_PHASE_TWO);
            assertThat(rescindedEntry.get("rescission").get("rescindedBy").get("minuteReference").asString())
                    .isEqualTo("(6)");
            assertThat(rescindedEntry.get("rescission").get("rescindedBy").get("decidedOn").asString())
                    .isEqualTo(JUNE_14);
            assertThat(rescindedEntry.get("rescission").get("position").asLong()).isEqualTo(position);
            JsonNode rescinding = register.get(2);
            assertThat(rescinding.get("decidedOn").asString()).isEqualTo(JUNE_14);
            assertThat(rescinding.get("wording").asString()).isEqualTo(RESCINDING);
            assertThat(rescinding.get("effects").get(0).get("eventType").asString()).isEqualTo("ResolutionRescinded");
            assertThat(rescinding.get("effects").get(0).get("effect").asString()).startsWith("Resolution rescinded:"
                    + " minute (3) (Meeting " + sitting.meeting() + ")");
            assertThat(reader().get("/api/exports/decision-register.csv?bodyId=" + sitting.body()).body())
                    .contains(",true,\"" + JSSPC_NAME + ", minute (6), " + JUNE_14 + "\"\r\n");

            // The record in words and the audit trail: both the original and its rescission.
            JsonNode history = reader().get("/api/history/" + sitting.meeting()).json().get("entries");
            assertThat(texts(history, "eventType")).containsExactly("MeetingHeld", "ResolutionRecorded",
                    "ResolutionRecorded", "ResolutionRescinded");
            assertThat(history.get(2).get("sentence").asString()).startsWith("15 March 2022 — the " + JSSPC_NAME
                    + ", minute (3), resolved to endorse: '" + ENDORSED_PHASE_TWO + "'");
            assertThat(history.get(3).get("sentence").asString()).startsWith("14 June 2022 — the " + JSSPC_NAME
                    + ", minute (6), rescinded minute (3) of its meeting on 15 March 2022 (meeting " + sitting.meeting()
                    + "), '" + ENDORSED_PHASE_TWO + "', because " + REASON + " Recorded by recorder on ");
            assertThat(history.get(3).get("minuteReference").asString()).isEqualTo("(3)");
            assertThat(history.get(3).get("date").asString()).isEqualTo(JUNE_14);
            JsonNode audit = reader().get("/api/audit-trail?aggregateId=" + sitting.meeting()).json().get("entries");
            JsonNode last = audit.get(audit.size() - 1);
            assertThat(last.get("eventType").asString()).isEqualTo("ResolutionRescinded");
            assertThat(last.get("position").asLong()).isEqualTo(position);
            assertThat(last.get("resolvedBy").get("minuteReference").asString()).isEqualTo("(6)");
            assertThat(last.get("payload").get("minuteReference").asString()).isEqualTo("(3)");

            // As decided before the rescinding sitting, and as known before the rescission, (3) stood.
            JsonNode beforeJune = reader().get("/api/meetings/" + sitting.meeting() + "?decidedAsAt=2022-06-13").json();
            assertThat(beforeJune.get("resolutions").get(1).get("rescission").isNull()).isTrue();
            JsonNode onJune14 = reader().get("/api/meetings/" + sitting.meeting() + "?decidedAsAt=" + JUNE_14).json();
            assertThat(onJune14.get("resolutions").get(1).get("rescission").isNull()).isFalse();
            JsonNode known = reader().get("/api/meetings/" + sitting.meeting() + "?atPosition=" + (position - 1)).json();
            assertThat(known.get("resolutions").get(1).get("rescission").isNull()).isTrue();
        }

        @Test
        void aRescindedResolutionIsNotRescindedAgainNorItsConditionSettledButWhatWasRecordedCanBeCorrected() {
            Sitting sitting = sitting();
            // HYPOTHETICAL: (4) endorsed subject to the Cherwell Executive, then rescinded before it met.
            String condition = "HYPOTHETICAL: the Cherwell District Council Executive endorsing the phase three proposals";
            accepted(recorder().post("/api/meetings/" + sitting.meeting() + "/resolutions", json("minuteReference",
                    "(4)", "action", "ENDORSE", "wording", "HYPOTHETICAL: phase three endorsed", "subjectTo", condition)));
            accepted(recorder().post(rescission(sitting.meeting(), "(4)"),
                    rescinding(sitting.body(), JUNE_14, "(7)", null)));

            long before = eventCount();
            assertRefused(recorder().post(rescission(sitting.meeting(), "(4)"),
                    rescinding(sitting.body(), "2022-07-12", "(2)", "Again")), "RESOLUTION_RESCINDED", before);
            assertRefused(recorder().post(MeetingApiTest.resolutionPath(sitting.meeting(), "(4)", "condition-met"),
                    json("metOn", JUNE_14, "evidence", "Endorsed")), "RESOLUTION_RESCINDED", before);
            assertRefused(recorder().post(MeetingApiTest.resolutionPath(sitting.meeting(), "(4)", "condition-lapsed"),
                    json("lapsedOn", JUNE_14, "reason", "Not endorsed")), "RESOLUTION_RESCINDED", before);

            Response corrected = recorder().post("/api/meetings/" + sitting.meeting() + "/corrections", json(
                    "minuteReference", "(4)", "field", "wording", "correctedValue", "HYPOTHETICAL: phase three endorsed.",
                    "reason", "HYPOTHETICAL: the full stop was left out."));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            JsonNode resolution = reader().get("/api/meetings/" + sitting.meeting() + "?" + awaiting(corrected)).json()
                    .get("resolutions").get(2);
            assertThat(resolution.get("wording").asString()).isEqualTo("HYPOTHETICAL: phase three endorsed.");
            assertThat(resolution.get("conditionStatus").asString()).isEqualTo("CONDITIONAL");
            assertThat(resolution.get("corrections")).hasSize(1);
            assertThat(resolution.get("rescission").get("rescindedBy").get("minuteReference").asString())
                    .isEqualTo("(7)");
            assertThat(resolution.get("rescission").get("reason").isNull()).isTrue();
        }

        @Test
        void aRefusedRescissionSaysWhichRuleAndLeavesTheRecordAsItWas() {
            Sitting sitting = sitting();
            String cabinet = unique("occ-cabinet");
            Bodies.constitute(recorder(), cabinet, "Cabinet", "CABINET", null, "OCC");
            String meetingView = "/api/meetings/" + sitting.meeting();
            String etag = reader().get(meetingView + "?" + awaiting(sitting.last())).header("ETag");
            long last = lastPosition();
            long before = eventCount();

            assertRefused(recorder().post(rescission(sitting.meeting(), "(5)"),
                    rescinding(sitting.body(), JUNE_14, "(6)", REASON)), "UNKNOWN_RESOLUTION", before);
            assertRefused(recorder().post(rescission(sitting.meeting(), "(3)"),
                    rescinding(sitting.body(), "2022-02-15", "(6)", REASON)), "RESCISSION_BEFORE_RESOLUTION", before);
            assertRefused(recorder().post(rescission(sitting.meeting(), "(3)"), json("resolution", object(
                    "bodyId", cabinet, "bodyName", "Cabinet", "decidedOn", JUNE_14, "minuteReference", "12",
                    "wording", "HYPOTHETICAL: That the JSSPC's endorsement of phase two be rescinded."))),
                    "RESCISSION_NEEDS_RESOLVING_BODY", before);
            assertRefused(recorder().post(rescission(sitting.meeting(), "(3)"), json("resolution",
                    object("wording", RESCINDING))), "RESOLVING_BODY_NOT_STATED", before);

            Response noSuchMeeting = recorder().post(rescission(unique("no-such-meeting"), "(3)"),
                    rescinding(sitting.body(), JUNE_14, "(6)", REASON));
            assertThat(noSuchMeeting.status()).as(noSuchMeeting.toString()).isEqualTo(404);
            assertThat(noSuchMeeting.contentType()).startsWith("application/problem+json");
            assertThat(noSuchMeeting.json().get("code").asString()).isEqualTo("NOT_FOUND");

            assertMalformed(recorder().post(rescission(sitting.meeting(), "(3)"), json("reason", REASON)));
            assertMalformed(recorder().post(rescission(sitting.meeting(), "(3)"), json("resolution", object(
                    "bodyId", sitting.body(), "bodyName", JSSPC_NAME, "decidedOn", "2022-13-45",
                    "wording", RESCINDING))));
            assertMalformed(recorder().post(rescission(sitting.meeting(), "(3)"), json("resolution", object(
                    "bodyId", sitting.body(), "bodyName", JSSPC_NAME, "decidedOn", JUNE_14, "wording", RESCINDING),
                    "rescindedBy", "recorder")));
            Response asReader = reader().post(rescission(sitting.meeting(), "(3)"),
                    rescinding(sitting.body(), JUNE_14, "(6)", REASON));
            assertThat(asReader.status()).isEqualTo(403);

            assertThat(eventCount()).isEqualTo(before);
            assertThat(lastPosition()).isEqualTo(last);
            assertThat(as("integration").get("/api/events?after=" + last).json().get("events"))
                    .as("nothing reached the feed").isEmpty();
            Response view = reader().get(meetingView);
            assertThat(view.header("ETag")).isEqualTo(etag);
            assertThat(view.json().get("resolutions").get(1).get("rescission").isNull()).isTrue();
        }

        /** A sitting of a joint committee of its own, on 15 March 2022, with resolutions (2) and (3). */
        private Sitting sitting() {
            String partnership = unique("occ-cdc");
            Partnerships.formOccCdc(recorder(), partnership, "Partnership between Oxfordshire County Council and"
                    + " Cherwell District Council (the resolutions forming it are not stated in this paper)");
            String body = unique("jsspc");
            Bodies.constitute(recorder(), body, JSSPC_NAME, "JOINT_COMMITTEE", partnership, "OCC", "CDC");
            String meeting = unique("jsspc-2022-03-15");
            accepted(recorder().post("/api/meetings", json("meetingId", meeting, "bodyId", body, "date", SITTING,
                    "title", "Joint Officer Transition Working Group (JOTWG) Update")));
            accepted(recorder().post("/api/meetings/" + meeting + "/resolutions",
                    json("minuteReference", "(2)", "action", "ENDORSE", "wording", ENDORSED_PHASE_ONE)));
            Response last = accepted(recorder().post("/api/meetings/" + meeting + "/resolutions",
                    json("minuteReference", "(3)", "action", "ENDORSE", "wording", ENDORSED_PHASE_TWO)));
            return new Sitting(body, meeting, last);
        }

        private long lastPosition() {
            return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        }

        private void assertRefused(Response refused, String rule, long eventsBefore) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asString()).isEqualTo(rule);
            assertThat(refused.json().get("detail").asString()).isNotBlank();
            assertThat(eventCount()).isEqualTo(eventsBefore);
        }

        private static void assertMalformed(Response refused) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).isIn("VALIDATION_FAILED", "MALFORMED_REQUEST");
        }

        private static Response accepted(Response response) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 201);
            return response;
        }
    }

    record Sitting(String body, String meeting, Response last) {
    }

    static String rescission(String meeting, String minuteReference) {
        return MeetingApiTest.resolutionPath(meeting, minuteReference, "rescission");
    }

    /** The rescinding resolution of the committee; a null reason is left out. */
    static String rescinding(String body, String decidedOn, String minuteReference, String reason) {
        Map<String, Object> resolution = object("bodyId", body, "bodyName", JSSPC_NAME, "decidedOn", decidedOn,
                "minuteReference", minuteReference, "wording", RESCINDING);
        return json("resolution", resolution, "reason", reason);
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
