package org.partnershiprecord.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.Seed2022.NOTED_HOUSING;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_ONE;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_TWO;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_THREE;
import static org.partnershiprecord.api.support.TestJson.ints;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;
import static org.partnershiprecord.api.support.TestJson.texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * Meetings over HTTP, on H2 and PostgreSQL: the JSSPC sitting on the JOTWG update and its four resolutions
 * ({@code seeds/jsspc-2022-separation-update.txt}), and the OCC Cabinet of 16 July 2019 resolving subject to the
 * Cherwell Executive ({@code seeds/occ-cabinet-2019-07-senior-joint-roles.txt}). What goes beyond the papers is
 * marked HYPOTHETICAL.
 */
class MeetingApiTest {

    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    // The paper does not date the sitting; 15 March 2022 fits it (JOTWG monthly "from March", phase one on 4 April).
    static final String JSSPC_SITTING_DATE = "2022-03-15";
    static final String JSSPC_SITTING_TITLE = "Joint Officer Transition Working Group (JOTWG) Update";

    static final String CABINET_NAME = "Cabinet";
    static final String CABINET_DATE = "2019-07-16";
    static final String CDC_EXECUTIVE_DATE = "2019-07-15";
    static final String CONDITION = "Cherwell District Council Executive endorsing the proposals on 15 July 2019";
    static final String CABINET_NOTES = "Note the proposals to appoint two senior joint posts so as to facilitate"
            + " further joint working between OCC and CDC.";
    static final String CABINET_REQUESTS = "To request the Joint Shared Services and Personnel Committee to convene"
            + " as soon as practicable to approve the proposed management structure and proceed with the recruitment"
            + " and appointment of the most suitable candidate.";
    static final String CONDITION_MET_EVIDENCE = "The Cherwell District Council Executive endorsed the proposals on"
            + " 15 July 2019 (its own minute is not in this paper).";

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void theJsspcSittingHoldsItsFourResolutionsInThePapersWords() {
            String jsspc = jsspc();
            String meeting = unique("jsspc-2022-03-15");

            Response held = recorder().post("/api/meetings", json("meetingId", meeting, "bodyId", jsspc,
                    "date", JSSPC_SITTING_DATE, "title", JSSPC_SITTING_TITLE));
            assertThat(held.status()).as(held.toString()).isEqualTo(201);
            assertThat(held.header("Location")).isEqualTo("/api/meetings/" + meeting);
            assertThat(held.header("ETag")).isEqualTo("\"0\"");

            // "the Committee will need to refer to agenda item 9 to exclude the press and public" for exempt
            // information under paragraphs 1, 2, 3 or 4 of Part 1 of Schedule 12A.
            Response item = recorder().post("/api/meetings/" + meeting + "/agenda-items", json("itemNumber", "9",
                    "title", "Exclusion of the press and public", "exemptParagraphs", List.of(1, 2, 3, 4)));
            assertThat(item.status()).as(item.toString()).isEqualTo(200);
            assertThat(item.header("ETag")).isEqualTo("\"1\"");

            // The paper gives no agenda item number for the update, so the resolutions are recorded without one.
            resolve(meeting, "(1)", "NOTE", NOTED_HOUSING);
            resolve(meeting, "(2)", "ENDORSE", ENDORSED_PHASE_ONE);
            resolve(meeting, "(3)", "ENDORSE", ENDORSED_PHASE_TWO);
            Response last = resolve(meeting, "(4)", "ENDORSE", ENDORSED_PHASE_THREE);
            assertThat(last.header("ETag")).isEqualTo("\"5\"");

            Response view = reader().get("/api/meetings/" + meeting + "?" + awaiting(last));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo("\"5\"");
            JsonNode sitting = view.json();
            assertThat(sitting.get("bodyId").asString()).isEqualTo(jsspc);
            assertThat(sitting.get("bodyName").asString()).isEqualTo(JSSPC_NAME);
            assertThat(sitting.get("bodyKind").asString()).isEqualTo("JOINT_COMMITTEE");
            assertThat(texts(sitting.get("authorities"))).containsExactly("OCC", "CDC");
            assertThat(sitting.get("date").asString()).isEqualTo(JSSPC_SITTING_DATE);
            assertThat(sitting.get("title").asString()).isEqualTo(JSSPC_SITTING_TITLE);
            assertThat(sitting.get("minutesConfirmedBy").isNull()).isTrue();
            JsonNode exclusion = sitting.get("agendaItems").get(0);
            assertThat(exclusion.get("itemNumber").asString()).isEqualTo("9");
            assertThat(exclusion.get("exempt").asBoolean()).isTrue();
            assertThat(ints(exclusion.get("exemptParagraphs"))).containsExactly(1, 2, 3, 4);

            JsonNode resolutions = sitting.get("resolutions");
            assertThat(texts(resolutions, "minuteReference")).containsExactly("(1)", "(2)", "(3)", "(4)");
            assertThat(texts(resolutions, "action")).containsExactly("NOTE", "ENDORSE", "ENDORSE", "ENDORSE");
            assertThat(texts(resolutions, "wording")).containsExactly(NOTED_HOUSING, ENDORSED_PHASE_ONE,
                    ENDORSED_PHASE_TWO, ENDORSED_PHASE_THREE);
            assertThat(texts(resolutions, "conditionStatus")).containsOnly("UNCONDITIONAL");
            resolutions.valueStream().forEach(resolution -> {
                assertThat(resolution.get("itemNumber").isNull()).isTrue();
                assertThat(resolution.get("subjectTo").isNull()).isTrue();
                assertThat(resolution.get("exempt").asBoolean()).isFalse();
                assertThat(resolution.get("exemptParagraphs")).isEmpty();
                assertThat(resolution.get("decisionRegister").isNull()).isTrue();
                assertThat(resolution.get("corrections")).isEmpty();
            });

            Response list = reader().get("/api/meetings?bodyId=" + jsspc);
            assertThat(list.status()).isEqualTo(200);
            assertThat(texts(list.json(), "meetingId")).containsExactly(meeting);
            assertThat(list.json().get(0).get("minutesConfirmed").asBoolean()).isFalse();
            assertThat(texts(reader().get("/api/meetings").json(), "meetingId")).contains(meeting);
        }

        @Test
        void theCabinetResolvedSubjectToTheCherwellExecutiveAndTheConditionWasMet() {
            String meeting = cabinetSitting();

            Response view = reader().get("/api/meetings/" + meeting + "?" + awaiting(recordCabinetResolutions(meeting)));
            JsonNode notes = view.json().get("resolutions").get(0);
            assertThat(notes.get("minuteReference").asString()).isEqualTo("1(a)");
            assertThat(notes.get("itemNumber").asString()).isEqualTo("18");
            assertThat(notes.get("action").asString()).isEqualTo("NOTE");
            assertThat(notes.get("subjectTo").asString()).isEqualTo(CONDITION);
            assertThat(notes.get("conditionStatus").asString()).isEqualTo("CONDITIONAL");
            assertThat(notes.get("conditionSettledOn").isNull()).isTrue();
            assertThat(notes.get("decisionRegister").get("forwardPlanReference").asString()).isEqualTo("2019/099");
            assertThat(notes.get("decisionRegister").get("keyDecision").isNull()).isTrue();
            JsonNode requests = view.json().get("resolutions").get(1);
            assertThat(requests.get("action").asString()).isEqualTo("REQUEST");
            assertThat(requests.get("recommendedTo").asString()).isEqualTo(JSSPC_NAME);

            // 1(a) percent-encoded as a path segment, 1(b) as typed: both reach the resolution.
            Response metA = recorder().post(resolutionPath(meeting, encoded("1(a)"), "condition-met"),
                    json("metOn", CDC_EXECUTIVE_DATE, "evidence", CONDITION_MET_EVIDENCE));
            assertThat(metA.status()).as(metA.toString()).isEqualTo(200);
            assertThat(metA.header("ETag")).isEqualTo("\"5\"");
            Response metB = recorder().post(resolutionPath(meeting, "1(b)", "condition-met"),
                    json("metOn", CDC_EXECUTIVE_DATE, "evidence", CONDITION_MET_EVIDENCE));
            assertThat(metB.status()).as(metB.toString()).isEqualTo(200);
            assertThat(metB.header("ETag")).isEqualTo("\"6\"");

            JsonNode met = reader().get("/api/meetings/" + meeting + "?" + awaiting(metB)).json().get("resolutions");
            assertThat(texts(met, "conditionStatus")).containsExactly("CONDITION_MET", "CONDITION_MET");
            assertThat(texts(met, "conditionSettledOn")).containsExactly(CDC_EXECUTIVE_DATE, CDC_EXECUTIVE_DATE);
            assertThat(texts(met, "conditionMetEvidence")).containsOnly(CONDITION_MET_EVIDENCE);
            assertThat(met.get(0).get("subjectTo").asString()).isEqualTo(CONDITION);

            long before = eventCount();
            assertRefused(recorder().post(resolutionPath(meeting, encoded("1(a)"), "condition-lapsed"),
                    json("lapsedOn", "2019-07-31", "reason", "It did not happen")), "CONDITION_ALREADY_SETTLED", before);
            assertRefused(recorder().post(resolutionPath(meeting, "1(b)", "condition-met"),
                    json("metOn", CDC_EXECUTIVE_DATE, "evidence", "Again")), "CONDITION_ALREADY_SETTLED", before);
        }

        @Test
        void aConditionNeverMetIsRecordedAsLapsed() {
            String meeting = cabinetSitting();
            recordCabinetResolutions(meeting);

            // HYPOTHETICAL: the paper does not report the Executive's decision; here it is taken not to endorse.
            String reason = "HYPOTHETICAL: the Cherwell District Council Executive did not endorse the proposals on"
                    + " 15 July 2019.";
            Response lapsed = recorder().post(resolutionPath(meeting, encoded("1(b)"), "condition-lapsed"),
                    json("lapsedOn", CDC_EXECUTIVE_DATE, "reason", reason));
            assertThat(lapsed.status()).as(lapsed.toString()).isEqualTo(200);
            assertThat(lapsed.header("ETag")).isEqualTo("\"5\"");

            Response view = reader().get("/api/meetings/" + meeting + "?" + awaiting(lapsed));
            assertThat(view.header("ETag")).isEqualTo("\"5\"");
            JsonNode requests = view.json().get("resolutions").get(1);
            assertThat(requests.get("conditionStatus").asString()).isEqualTo("CONDITION_LAPSED");
            assertThat(requests.get("conditionSettledOn").asString()).isEqualTo(CDC_EXECUTIVE_DATE);
            assertThat(requests.get("conditionLapsedReason").asString()).isEqualTo(reason);
            assertThat(requests.get("conditionMetEvidence").isNull()).isTrue();
            assertThat(view.json().get("resolutions").get(0).get("conditionStatus").asString()).isEqualTo("CONDITIONAL");
        }

        @Test
        void aMinuteThatSaidPhaseTwoWherePhaseThreeWasMeantIsCorrectedAndTheOriginalStaysVisible() {
            String meeting = jsspcSitting();
            // The narrative minute says "JSSPC endorsed the direction of travel for the services within phase two"
            // after the phase three presentation. HYPOTHETICAL: resolution (4) first recorded with that slip.
            String slip = ENDORSED_PHASE_THREE.replace("phase three", "phase two");
            resolve(meeting, "(4)", "ENDORSE", slip);
            String reason = "The minute said phase two where phase three was meant: the services listed are phase"
                    + " three's (IT, Property, Customer Services, Continuous Improvement).";

            Response corrected = recorder().post("/api/meetings/" + meeting + "/corrections", json(
                    "minuteReference", "(4)", "field", "wording", "correctedValue", ENDORSED_PHASE_THREE,
                    "reason", reason));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            assertThat(corrected.header("ETag")).isEqualTo("\"2\"");

            Response view = reader().get("/api/meetings/" + meeting + "?" + awaiting(corrected));
            assertThat(view.header("ETag")).isEqualTo("\"2\"");
            JsonNode resolution = view.json().get("resolutions").get(0);
            assertThat(resolution.get("wording").asString()).isEqualTo(ENDORSED_PHASE_THREE);
            assertThat(resolution.get("corrections")).hasSize(1);
            JsonNode correction = resolution.get("corrections").get(0);
            assertThat(correction.get("field").asString()).isEqualTo("wording");
            assertThat(correction.get("originalValue").asString()).isEqualTo(slip);
            assertThat(correction.get("correctedValue").asString()).isEqualTo(ENDORSED_PHASE_THREE);
            assertThat(correction.get("reason").asString()).isEqualTo(reason);
            assertThat(correction.get("recordedBy").asString()).isEqualTo("recorder");
            assertThat(correction.get("recordedAt").asString()).isNotBlank();

            long before = eventCount();
            assertRefused(recorder().post("/api/meetings/" + meeting + "/corrections", json(
                    "minuteReference", "(4)", "field", "wording", "correctedValue", ENDORSED_PHASE_THREE,
                    "reason", "Again")), "CORRECTION_CHANGES_NOTHING", before);
            assertRefused(recorder().post("/api/meetings/" + meeting + "/corrections", json(
                    "minuteReference", "(5)", "field", "wording", "correctedValue", "x", "reason", "No such minute")),
                    "UNKNOWN_RESOLUTION", before);
        }

        @Test
        void aCorrectedMinuteReferenceIsTheOneThePathsUseFromThenOn() {
            String meeting = cabinetSitting();
            recordCabinetResolutions(meeting);
            // HYPOTHETICAL: the paper numbers the recommendations, not the Cabinet's minutes; say its minute was 4(2).
            Response corrected = recorder().post("/api/meetings/" + meeting + "/corrections", json(
                    "minuteReference", "1(a)", "field", "minuteReference", "correctedValue", "4(2)",
                    "reason", "HYPOTHETICAL: recorded under the report's numbering; the Cabinet's minute is 4(2)."));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

            long before = eventCount();
            assertRefused(recorder().post(resolutionPath(meeting, encoded("1(a)"), "condition-met"),
                    json("metOn", CDC_EXECUTIVE_DATE, "evidence", CONDITION_MET_EVIDENCE)), "UNKNOWN_RESOLUTION", before);
            Response met = recorder().post(resolutionPath(meeting, encoded("4(2)"), "condition-met"),
                    json("metOn", CDC_EXECUTIVE_DATE, "evidence", CONDITION_MET_EVIDENCE));
            assertThat(met.status()).as(met.toString()).isEqualTo(200);

            JsonNode resolution = reader().get("/api/meetings/" + meeting + "?" + awaiting(met)).json()
                    .get("resolutions").get(0);
            assertThat(resolution.get("minuteReference").asString()).isEqualTo("4(2)");
            assertThat(resolution.get("conditionStatus").asString()).isEqualTo("CONDITION_MET");
            assertThat(resolution.get("corrections").get(0).get("originalValue").asString()).isEqualTo("1(a)");
            assertThat(resolution.get("corrections").get(0).get("correctedValue").asString()).isEqualTo("4(2)");
        }

        @Test
        void removingAConditionByCorrectionMakesTheResolutionUnconditional() {
            String meeting = cabinetSitting();
            recordCabinetResolutions(meeting);
            // HYPOTHETICAL: the condition was recorded against 1(b) in error.
            Response corrected = recorder().post("/api/meetings/" + meeting + "/corrections", json(
                    "minuteReference", "1(b)", "field", "subjectTo", "correctedValue", null,
                    "reason", "HYPOTHETICAL: the request to the committee was not subject to the Executive."));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

            JsonNode resolution = reader().get("/api/meetings/" + meeting + "?" + awaiting(corrected)).json()
                    .get("resolutions").get(1);
            assertThat(resolution.get("subjectTo").isNull()).isTrue();
            assertThat(resolution.get("conditionStatus").asString()).isEqualTo("UNCONDITIONAL");
            assertThat(resolution.get("corrections").get(0).get("originalValue").asString()).isEqualTo(CONDITION);
            assertThat(resolution.get("corrections").get(0).get("correctedValue").isNull()).isTrue();
        }

        @Test
        void aResolutionOnAnExemptItemIsExemptAsItsItemIs() {
            String meeting = jsspcSitting();
            recorder().post("/api/meetings/" + meeting + "/agenda-items", json("itemNumber", "9",
                    "title", "Exclusion of the press and public", "exemptParagraphs", List.of(1, 2, 3, 4)));
            // HYPOTHETICAL: the paper only says the committee would need to refer to item 9 "should it be necessary".
            Response excluded = recorder().post("/api/meetings/" + meeting + "/resolutions", json("itemNumber", "9",
                    "minuteReference", "(5)", "action", "OTHER", "wording", "HYPOTHETICAL: that the press and public"
                            + " be excluded for the discussion of exempt information.", "subjectTo", null,
                    "recommendedTo", null, "exemptParagraphs", null, "decisionRegister", null));
            assertThat(excluded.status()).as(excluded.toString()).isEqualTo(200);
            Response own = recorder().post("/api/meetings/" + meeting + "/resolutions", json("itemNumber", null,
                    "minuteReference", "(6)", "action", "NOTE", "wording", "HYPOTHETICAL: an exempt note.",
                    "exemptParagraphs", List.of(1)));
            assertThat(own.status()).as(own.toString()).isEqualTo(200);

            JsonNode resolutions = reader().get("/api/meetings/" + meeting + "?" + awaiting(own)).json()
                    .get("resolutions");
            assertThat(resolutions.get(0).get("exempt").asBoolean()).isTrue();
            assertThat(ints(resolutions.get(0).get("exemptParagraphs"))).containsExactly(1, 2, 3, 4);
            assertThat(ints(resolutions.get(1).get("exemptParagraphs"))).containsExactly(1);

            long before = eventCount();
            assertRefused(recorder().post("/api/meetings/" + meeting + "/agenda-items", json("itemNumber", "10",
                    "title", "Not a Schedule 12A paragraph", "exemptParagraphs", List.of(8))),
                    "EXEMPT_PARAGRAPH_INVALID", before);
        }

        @Test
        void confirmedMinutesShowWhoConfirmedThemAndTakeNoNewEntries() {
            String jsspc = jsspc();
            String meeting = jsspcSitting(jsspc);
            resolve(meeting, "(1)", "NOTE", NOTED_HOUSING);
            // HYPOTHETICAL: the committee's next sitting and its minute are not in the paper.
            String confirming = "HYPOTHETICAL: that the minutes of the meeting held on 15 March 2022 be confirmed as"
                    + " a correct record and signed by the Chairman.";
            Response confirmed = recorder().post("/api/meetings/" + meeting + "/minutes-confirmation", json(
                    "resolution", object("bodyId", jsspc, "bodyName", JSSPC_NAME, "decidedOn", "2022-04-12",
                            "minuteReference", "1", "wording", confirming)));
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            assertThat(confirmed.header("ETag")).isEqualTo("\"2\"");

            Response view = reader().get("/api/meetings/" + meeting + "?" + awaiting(confirmed));
            assertThat(view.header("ETag")).isEqualTo("\"2\"");
            JsonNode by = view.json().get("minutesConfirmedBy");
            assertThat(by.get("bodyId").asString()).isEqualTo(jsspc);
            assertThat(by.get("decidedOn").asString()).isEqualTo("2022-04-12");
            assertThat(by.get("wording").asString()).isEqualTo(confirming);
            assertThat(reader().get("/api/meetings?bodyId=" + jsspc).json().get(0).get("minutesConfirmed").asBoolean())
                    .isTrue();

            long before = eventCount();
            assertRefused(resolve(meeting, "(2)", "ENDORSE", ENDORSED_PHASE_ONE), "MINUTES_ALREADY_CONFIRMED", before);
            assertRefused(recorder().post("/api/meetings/" + meeting + "/minutes-confirmation", json(
                    "resolution", object("wording", "Again"))), "MINUTES_ALREADY_CONFIRMED", before);
        }

        @Test
        void aMeetingOfAnUnrecordedBodyAndDuplicateNumbersAreRefused() {
            long before = eventCount();
            assertRefused(recorder().post("/api/meetings", json("meetingId", unique("sitting"),
                    "bodyId", unique("no-such-body"), "date", JSSPC_SITTING_DATE, "title", JSSPC_SITTING_TITLE)),
                    "UNKNOWN_BODY", before);

            String meeting = jsspcSitting();
            recorder().post("/api/meetings/" + meeting + "/agenda-items",
                    json("itemNumber", "9", "title", "Exclusion of the press and public"));
            resolve(meeting, "(1)", "NOTE", NOTED_HOUSING);
            before = eventCount();
            assertRefused(recorder().post("/api/meetings/" + meeting + "/agenda-items",
                    json("itemNumber", "9", "title", "Again")), "AGENDA_ITEM_NUMBER_TAKEN", before);
            assertRefused(resolve(meeting, "(1)", "NOTE", NOTED_HOUSING), "MINUTE_REFERENCE_TAKEN", before);
            assertRefused(recorder().post("/api/meetings/" + meeting + "/resolutions", json("itemNumber", "7",
                    "minuteReference", "(2)", "action", "ENDORSE", "wording", ENDORSED_PHASE_ONE)),
                    "UNKNOWN_AGENDA_ITEM", before);
            // Resolution (1) was unconditional: there is no condition to meet; "(1)" works as typed and encoded.
            assertRefused(recorder().post(resolutionPath(meeting, "(1)", "condition-met"),
                    json("metOn", "2022-03-16", "evidence", "x")), "RESOLUTION_NOT_CONDITIONAL", before);
            assertRefused(recorder().post(resolutionPath(meeting, encoded("(1)"), "condition-lapsed"),
                    json("lapsedOn", "2022-03-16", "reason", "x")), "RESOLUTION_NOT_CONDITIONAL", before);
        }

        @Test
        void anUnknownMeetingIs404() {
            Response missing = reader().get("/api/meetings/" + unique("nobody"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");

            long before = eventCount();
            Response toNobody = recorder().post("/api/meetings/" + unique("nobody") + "/agenda-items",
                    json("itemNumber", "1", "title", "Apologies"));
            assertThat(toNobody.status()).isEqualTo(404);
            assertThat(eventCount()).isEqualTo(before);
        }

        private String jsspc() {
            String partnership = unique("occ-cdc");
            Response formed = recorder().post("/api/partnerships", json("partnershipId", partnership,
                    "name", "Oxfordshire County Council and Cherwell District Council partnership",
                    "authorities", List.of(
                            Map.of("code", "OCC", "name", "Oxfordshire County Council", "tier", "COUNTY"),
                            Map.of("code", "CDC", "name", "Cherwell District Council", "tier", "DISTRICT")),
                    "resolution", object("wording", "Partnership between Oxfordshire County Council and Cherwell"
                            + " District Council (the resolutions forming it are not stated in this paper)")));
            assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
            String jsspc = unique("jsspc");
            Response constituted = recorder().post("/api/bodies", json("bodyId", jsspc, "name", JSSPC_NAME,
                    "kind", "JOINT_COMMITTEE", "authorities", List.of("OCC", "CDC"), "partnershipId", partnership));
            assertThat(constituted.status()).as(constituted.toString()).isEqualTo(201);
            return jsspc;
        }

        private String jsspcSitting() {
            return jsspcSitting(jsspc());
        }

        private String jsspcSitting(String jsspc) {
            String meeting = unique("jsspc-2022-03-15");
            Response held = recorder().post("/api/meetings", json("meetingId", meeting, "bodyId", jsspc,
                    "date", JSSPC_SITTING_DATE, "title", JSSPC_SITTING_TITLE));
            assertThat(held.status()).as(held.toString()).isEqualTo(201);
            return meeting;
        }

        /** OCC Cabinet, 16 July 2019, with items 16 and 18 of its agenda. */
        private String cabinetSitting() {
            String cabinet = unique("occ-cabinet");
            Response constituted = recorder().post("/api/bodies", json("bodyId", cabinet, "name", CABINET_NAME,
                    "kind", "CABINET", "authorities", List.of("OCC")));
            assertThat(constituted.status()).as(constituted.toString()).isEqualTo(201);
            String meeting = unique("occ-cabinet-2019-07-16");
            assertThat(recorder().post("/api/meetings", json("meetingId", meeting, "bodyId", cabinet,
                    "date", CABINET_DATE, "title", CABINET_NAME)).status()).isEqualTo(201);
            recorder().post("/api/meetings/" + meeting + "/agenda-items", json("itemNumber", "16",
                    "title", "Transition Fund for Open Access Children's Services: Underspend Bidding Round"
                            + " Recommendations"));
            recorder().post("/api/meetings/" + meeting + "/agenda-items", json("itemNumber", "18",
                    "title", "Senior Joint Leadership Roles - Oxfordshire County Council and Cherwell District"
                            + " Council"));
            return meeting;
        }

        /**
         * Recommendation 1 of the report, in its words and numbering (the Cabinet's minutes are not in the paper),
         * subject to the Cherwell Executive; Forward Plan Ref 2019/099.
         */
        private Response recordCabinetResolutions(String meeting) {
            Map<String, Object> forwardPlan = object("forwardPlanReference", "2019/099");
            Response notes = recorder().post("/api/meetings/" + meeting + "/resolutions", json("itemNumber", "18",
                    "minuteReference", "1(a)", "action", "NOTE", "wording", CABINET_NOTES, "subjectTo", CONDITION,
                    "decisionRegister", forwardPlan));
            assertThat(notes.status()).as(notes.toString()).isEqualTo(200);
            Response requests = recorder().post("/api/meetings/" + meeting + "/resolutions", json("itemNumber", "18",
                    "minuteReference", "1(b)", "action", "REQUEST", "wording", CABINET_REQUESTS, "subjectTo", CONDITION,
                    "recommendedTo", JSSPC_NAME, "decisionRegister", forwardPlan));
            assertThat(requests.status()).as(requests.toString()).isEqualTo(200);
            assertThat(requests.header("ETag")).isEqualTo("\"4\"");
            return requests;
        }

        private Response resolve(String meeting, String minuteReference, String action, String wording) {
            Response resolved = recorder().post("/api/meetings/" + meeting + "/resolutions",
                    json("minuteReference", minuteReference, "action", action, "wording", wording));
            return resolved;
        }

        private void assertRefused(Response refused, String rule, long eventsBefore) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asString()).isEqualTo(rule);
            assertThat(eventCount()).isEqualTo(eventsBefore);
        }
    }

    static String resolutionPath(String meeting, String minuteReferenceSegment, String task) {
        return "/api/meetings/" + meeting + "/resolutions/" + minuteReferenceSegment + "/" + task;
    }

    /** A minute reference percent-encoded as a path segment: "1(a)" becomes "1%28a%29". */
    static String encoded(String minuteReference) {
        String segment = URLEncoder.encode(minuteReference, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(segment).doesNotContain("(", ")");
        return segment;
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
