package org.partnershiprecord.api.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;
import static org.partnershiprecord.api.support.TestJson.texts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.Bodies;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import org.partnershiprecord.api.support.Partnerships;
import org.partnershiprecord.domain.body.Power;
import tools.jackson.databind.JsonNode;

/**
 * Programmes over HTTP on H2 and PostgreSQL: every command endpoint's accepted path and its effect on the view,
 * a rule refusal for each, and 404s for what is not recorded.
 */
class ProgrammeApiTest {

    private static final String COMMITTEE = "Joint Shared Services and Personnel Committee";
    private static final String POWERS_FROM = "2018-10-01";
    private static final String SITTING = "2022-03-15";

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void aRecorderLaunchesAProgrammeAndReadsItBack() {
            String partnership = formPartnership();
            String id = unique("separation");
            Response launched = recorder().post("/api/programmes", json(
                    "programmeId", id, "partnershipId", partnership, "kind", "SEPARATION",
                    "title", "Separation of OCC and CDC joint working", "launchedOn", "2022-02-01",
                    "resolution", resolution(null, null, null, null, "That separation work begin.")));

            assertThat(launched.status()).as(launched.toString()).isEqualTo(201);
            assertThat(launched.header("Location")).isEqualTo("/api/programmes/" + id);
            assertThat(launched.header("ETag")).isEqualTo("\"0\"");

            Response view = reader().get("/api/programmes/" + id + "?" + awaiting(launched));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo("\"0\"");
            JsonNode programme = view.json();
            assertThat(programme.get("partnershipId").asText()).isEqualTo(partnership);
            assertThat(programme.get("kind").asText()).isEqualTo("SEPARATION");
            assertThat(programme.get("title").asText()).isEqualTo("Separation of OCC and CDC joint working");
            assertThat(programme.get("launchedOn").asText()).isEqualTo("2022-02-01");
            assertThat(programme.get("launchedBy").get("wording").asText()).isEqualTo("That separation work begin.");
            assertThat(programme.get("launchedBy").get("bodyName").isNull()).isTrue();
            assertThat(texts(programme.get("authorities"))).containsExactlyInAnyOrder("OCC", "CDC");
            assertThat(programme.get("phases")).isEmpty();
        }

        @Test
        void aProgrammeForAnUnrecordedPartnershipIsRefusedAndRecordsNothing() {
            long before = eventCount();
            Response refused = recorder().post("/api/programmes", json("programmeId", unique("orphan"),
                    "partnershipId", unique("nobody"), "kind", "INTEGRATION", "title", "Integration"));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("rule").asText()).isEqualTo("UNKNOWN_PARTNERSHIP");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void launchingTheSameIdTwiceIsAConflict() {
            String partnership = formPartnership();
            String id = unique("twice");
            String body = json("programmeId", id, "partnershipId", partnership, "kind", "SEPARATION", "title", "S");
            assertThat(recorder().post("/api/programmes", body).status()).isEqualTo(201);
            long before = eventCount();

            Response again = recorder().post("/api/programmes", body);
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("code").asText()).isEqualTo("ALREADY_EXISTS");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void phasesAreScheduledInOrderAndANumberIsTakenOnce() {
            String id = launchProgramme(formPartnership());
            Response second = recorder().post("/api/programmes/" + id + "/phases", json("phaseNumber", 2,
                    "title", "Phase two", "consideredBy", "Joint Officer Transition Working Group",
                    "scheduledConsiderationOn", "2022-05-12"));
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            assertThat(second.header("ETag")).isEqualTo("\"1\"");
            Response first = recorder().header("If-Match", "\"1\"").post("/api/programmes/" + id + "/phases",
                    json("phaseNumber", 1, "title", "Phase one"));
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.header("ETag")).isEqualTo("\"2\"");

            Response view = reader().get("/api/programmes/" + id + "?" + awaiting(first));
            assertThat(view.header("ETag")).isEqualTo("\"2\"");
            JsonNode phases = view.json().get("phases");
            assertThat(phases).hasSize(2);
            assertThat(phases.get(0).get("number").asInt()).isEqualTo(1);
            assertThat(phases.get(0).get("consideredBy").isNull()).isTrue();
            assertThat(phases.get(1).get("title").asText()).isEqualTo("Phase two");
            assertThat(phases.get(1).get("consideredBy").asText()).isEqualTo("Joint Officer Transition Working Group");
            assertThat(phases.get(1).get("scheduledConsiderationOn").asText()).isEqualTo("2022-05-12");

            long before = eventCount();
            Response taken = recorder().post("/api/programmes/" + id + "/phases",
                    json("phaseNumber", 2, "title", "Phase two again"));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
            assertThat(taken.json().get("rule").asText()).isEqualTo("PHASE_NUMBER_TAKEN");
            assertThat(eventCount()).isEqualTo(before);

            Response invalid = recorder().post("/api/programmes/" + id + "/phases", json("phaseNumber", 0));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aServiceAreaJoinsAPhaseWithItsLeadsFromThePartnership() {
            String id = programmeWithPhases(formPartnership(), 1);
            Response added = recorder().post("/api/programmes/" + id + "/service-areas", json(
                    "serviceAreaId", "emergency-planning", "name", "Emergency Planning", "phaseNumber", 1,
                    "leads", List.of(lead("CDC", "A. Officer", "Head of Emergency Planning"), lead("OCC", null, null))));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            assertThat(added.header("ETag")).isEqualTo("\"2\"");

            Response phase = reader().get("/api/programmes/" + id + "/phases/1?" + awaiting(added));
            assertThat(phase.status()).as(phase.toString()).isEqualTo(200);
            assertThat(phase.header("ETag")).isEqualTo("\"2\"");
            assertThat(phase.json().get("programmeId").asText()).isEqualTo(id);
            JsonNode area = phase.json().get("serviceAreas").get(0);
            assertThat(area.get("serviceAreaId").asText()).isEqualTo("emergency-planning");
            assertThat(area.get("name").asText()).isEqualTo("Emergency Planning");
            assertThat(area.get("phaseNumber").asInt()).isEqualTo(1);
            assertThat(area.get("leads")).hasSize(2);
            assertThat(area.get("leads").get(0).get("authority").asText()).isEqualTo("CDC");
            assertThat(area.get("leads").get(0).get("name").asText()).isEqualTo("A. Officer");
            assertThat(area.get("leads").get(0).get("role").asText()).isEqualTo("Head of Emergency Planning");
            assertThat(area.get("leads").get(1).get("authority").asText()).isEqualTo("OCC");
            assertThat(area.get("leads").get(1).get("name").isNull()).isTrue();
            assertThat(area.get("recommendation").isNull()).isTrue();
            assertThat(area.get("endorsedDirection").isNull()).isTrue();
            assertThat(area.get("decouplingNoted").isNull()).isTrue();
            assertThat(area.get("decidedArrangement").isNull()).isTrue();

            long before = eventCount();
            Response outsider = recorder().post("/api/programmes/" + id + "/service-areas", json(
                    "serviceAreaId", "legal", "name", "Legal Services", "phaseNumber", 1,
                    "leads", List.of(lead("SNC", null, null))));
            assertThat(outsider.status()).as(outsider.toString()).isEqualTo(409);
            assertThat(outsider.json().get("rule").asText()).isEqualTo("AUTHORITY_NOT_IN_PARTNERSHIP");
            Response noPhase = recorder().post("/api/programmes/" + id + "/service-areas",
                    json("serviceAreaId", "legal", "name", "Legal Services", "phaseNumber", 7));
            assertThat(noPhase.status()).as(noPhase.toString()).isEqualTo(409);
            assertThat(noPhase.json().get("rule").asText()).isEqualTo("UNKNOWN_PHASE");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aRecommendationIsRecordedAndALaterOneReplacesIt() {
            String id = programmeWithPhases(formPartnership(), 1);
            addArea(id, "climate-team", "Climate Team", 1);
            recommend(id, "climate-team", "FURTHER_WORK_REQUIRED", false);
            Response replaced = recorder().post("/api/programmes/" + id + "/service-areas/climate-team/recommendation",
                    json("kind", "ONGOING_PARTNERSHIP", "furtherWorkRequired", true,
                            "recommendedBy", "CDC and OCC leadership teams", "recommendedOn", "2022-03-01"));
            assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
            assertThat(replaced.header("ETag")).isEqualTo("\"4\"");

            JsonNode area = area(id, 1, "climate-team", replaced);
            assertThat(area.get("recommendation").get("kind").asText()).isEqualTo("ONGOING_PARTNERSHIP");
            assertThat(area.get("recommendation").get("furtherWorkRequired").asBoolean()).isTrue();
            assertThat(area.get("recommendation").get("recommendedBy").asText())
                    .isEqualTo("CDC and OCC leadership teams");
            assertThat(area.get("recommendation").get("recommendedOn").asText()).isEqualTo("2022-03-01");

            long before = eventCount();
            Response unknown = recorder().post("/api/programmes/" + id + "/service-areas/nowhere/recommendation",
                    json("kind", "DECOUPLE", "recommendedBy", "CDC"));
            assertThat(unknown.status()).as(unknown.toString()).isEqualTo(409);
            assertThat(unknown.json().get("rule").asText()).isEqualTo("UNKNOWN_SERVICE_AREA");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aBodyHoldingThePowerEndorsesThePhasesDirectionOfTravel() {
            String partnership = formPartnership();
            String committee = constituteBodyWithPowers(partnership, Power.ENDORSE_DIRECTION_OF_TRAVEL);
            String id = programmeWithPhases(partnership, 1);
            addArea(id, "procurement", "Procurement", 1);
            addArea(id, "legal-services", "Legal Services", 1);
            recommend(id, "procurement", "ONGOING_PARTNERSHIP", false);
            recommend(id, "legal-services", "DECOUPLE", false);

            Response endorsed = recorder().post("/api/programmes/" + id + "/phases/1/direction-of-travel",
                    json("resolution", resolution(committee, COMMITTEE, SITTING, "(3)",
                            "That the direction of travel for services in phase one be endorsed.")));
            assertThat(endorsed.status()).as(endorsed.toString()).isEqualTo(200);
            assertThat(endorsed.header("ETag")).isEqualTo("\"6\"");

            JsonNode legal = area(id, 1, "legal-services", endorsed);
            JsonNode direction = legal.get("endorsedDirection");
            assertThat(direction.get("kind").asText()).isEqualTo("DECOUPLE");
            assertThat(direction.get("furtherWorkRequired").asBoolean()).isFalse();
            assertThat(direction.get("endorsedBy").get("bodyId").asText()).isEqualTo(committee);
            assertThat(direction.get("endorsedBy").get("bodyName").asText()).isEqualTo(COMMITTEE);
            assertThat(direction.get("endorsedBy").get("decidedOn").asText()).isEqualTo(SITTING);
            assertThat(direction.get("endorsedBy").get("minuteReference").asText()).isEqualTo("(3)");
            assertThat(legal.get("decidedArrangement").isNull()).as("an endorsement decides nothing").isTrue();
            assertThat(area(id, 1, "procurement", endorsed).get("endorsedDirection").get("kind").asText())
                    .isEqualTo("ONGOING_PARTNERSHIP");
        }

        @Test
        void aDirectionIsEndorsedOnlyWithARecommendationAndByABodyHoldingThePower() {
            String partnership = formPartnership();
            String committee = constituteBodyWithPowers(partnership, Power.ENDORSE_DIRECTION_OF_TRAVEL);
            String powerless = constituteBodyWithPowers(partnership);
            String id = programmeWithPhases(partnership, 1);
            addArea(id, "it-services", "IT Services", 1);
            long before = eventCount();

            Response unrecommended = recorder().post("/api/programmes/" + id + "/phases/1/direction-of-travel",
                    json("resolution", resolution(committee, COMMITTEE, SITTING, "(4)", "Endorsed.")));
            assertThat(unrecommended.status()).as(unrecommended.toString()).isEqualTo(409);
            assertThat(unrecommended.json().get("rule").asText()).isEqualTo("NO_RECOMMENDATION");

            recommend(id, "it-services", "ONGOING_PARTNERSHIP", false);
            long recommended = eventCount();
            Response withoutPower = recorder().post("/api/programmes/" + id + "/phases/1/direction-of-travel",
                    json("serviceAreaIds", List.of("it-services"),
                            "resolution", resolution(powerless, "Powerless Committee", SITTING, null, "Endorsed.")));
            assertThat(withoutPower.status()).as(withoutPower.toString()).isEqualTo(409);
            assertThat(withoutPower.json().get("rule").asText()).isEqualTo("POWER_NOT_HELD");
            Response unknownPhase = recorder().post("/api/programmes/" + id + "/phases/9/direction-of-travel",
                    json("resolution", resolution(committee, COMMITTEE, SITTING, null, "Endorsed.")));
            assertThat(unknownPhase.status()).as(unknownPhase.toString()).isEqualTo(409);
            assertThat(unknownPhase.json().get("rule").asText()).isEqualTo("UNKNOWN_PHASE");
            assertThat(recommended).isEqualTo(before + 1);
            assertThat(eventCount()).isEqualTo(recommended);
        }

        @Test
        void aDecouplingDecidedElsewhereIsNotedAndSettlesTheArea() {
            String partnership = formPartnership();
            String committee = constituteBodyWithPowers(partnership, Power.ENDORSE_DIRECTION_OF_TRAVEL);
            String id = programmeWithPhases(partnership, 1);
            addArea(id, "housing", "Housing", 1);
            Response noted = recorder().post("/api/programmes/" + id + "/service-areas/housing/decoupling", json(
                    "decidedBy", "statutory services decision", "resolution", resolution(committee, COMMITTEE,
                            SITTING, "(1)", "That it be noted that housing services had already been decoupled.")));
            assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
            assertThat(noted.header("ETag")).isEqualTo("\"3\"");

            JsonNode housing = area(id, 1, "housing", noted);
            JsonNode decoupling = housing.get("decouplingNoted");
            assertThat(decoupling.get("decidedBy").asText()).isEqualTo("statutory services decision");
            assertThat(decoupling.get("decoupledOn").isNull()).isTrue();
            assertThat(decoupling.get("notedBy").get("minuteReference").asText()).isEqualTo("(1)");
            assertThat(decoupling.get("notedBy").get("decidedOn").asText()).isEqualTo(SITTING);
            assertThat(housing.get("endorsedDirection").isNull()).isTrue();

            long before = eventCount();
            Response again = recorder().post("/api/programmes/" + id + "/service-areas/housing/decoupling",
                    json("decidedBy", "statutory services decision", "resolution", resolution(null, null, null,
                            null, "Noted again.")));
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("rule").asText()).isEqualTo("SERVICE_AREA_ALREADY_DECOUPLED");
            Response recommended = recorder().post("/api/programmes/" + id + "/service-areas/housing/recommendation",
                    json("kind", "ONGOING_PARTNERSHIP", "recommendedBy", "CDC"));
            assertThat(recommended.status()).as(recommended.toString()).isEqualTo(409);
            assertThat(recommended.json().get("rule").asText()).isEqualTo("SERVICE_AREA_ALREADY_DECOUPLED");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void anArrangementIsDecidedAfterAnEndorsementOrWithAReasonToDepartFromIt() {
            String partnership = formPartnership();
            String committee = constituteBodyWithPowers(partnership, Power.ENDORSE_DIRECTION_OF_TRAVEL,
                    Power.DECIDE_SERVICE_ARRANGEMENTS);
            String id = programmeWithPhases(partnership, 1);
            addArea(id, "environmental-health", "Environmental Health", 1);
            addArea(id, "customer-services", "Customer Services", 1);
            recommend(id, "environmental-health", "ONGOING_PARTNERSHIP", false);
            recommend(id, "customer-services", "ONGOING_PARTNERSHIP", false);
            assertThat(recorder().post("/api/programmes/" + id + "/phases/1/direction-of-travel",
                    json("resolution", resolution(committee, COMMITTEE, SITTING, "(2)", "Endorsed."))).status())
                    .isEqualTo(200);

            Response decided = recorder().post("/api/programmes/" + id
                    + "/service-areas/environmental-health/arrangement", json("arrangement", "SECTION_101_DELEGATION",
                    "effectiveFrom", "2022-09-01", "resolution", resolution(committee, COMMITTEE, "2022-07-20",
                            "(5)", "That environmental health be delivered under a section 101 delegation.")));
            assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
            assertThat(decided.header("ETag")).isEqualTo("\"7\"");
            JsonNode arrangement = area(id, 1, "environmental-health", decided).get("decidedArrangement");
            assertThat(arrangement.get("arrangement").asText()).isEqualTo("SECTION_101_DELEGATION");
            assertThat(arrangement.get("effectiveFrom").asText()).isEqualTo("2022-09-01");
            assertThat(arrangement.get("departsFromEndorsement").asBoolean()).isFalse();
            assertThat(arrangement.get("departureReason").isNull()).isTrue();
            assertThat(arrangement.get("decidedBy").get("minuteReference").asText()).isEqualTo("(5)");
            assertThat(arrangement.get("decidedBy").get("decidedOn").asText()).isEqualTo("2022-07-20");

            long before = eventCount();
            String decouple = "/api/programmes/" + id + "/service-areas/customer-services/arrangement";
            Response unexplained = recorder().post(decouple, json("arrangement", "DECOUPLED",
                    "resolution", resolution(committee, COMMITTEE, "2022-07-20", "(6)", "Decoupled.")));
            assertThat(unexplained.status()).as(unexplained.toString()).isEqualTo(409);
            assertThat(unexplained.json().get("rule").asText()).isEqualTo("DEPARTURE_NOT_EXPLAINED");
            assertThat(eventCount()).isEqualTo(before);

            Response departing = recorder().post(decouple, json("arrangement", "DECOUPLED",
                    "departureReason", "Value for money review", "resolution",
                    resolution(committee, COMMITTEE, "2022-07-20", "(6)", "Decoupled.")));
            assertThat(departing.status()).as(departing.toString()).isEqualTo(200);
            JsonNode departed = area(id, 1, "customer-services", departing).get("decidedArrangement");
            assertThat(departed.get("arrangement").asText()).isEqualTo("DECOUPLED");
            assertThat(departed.get("departsFromEndorsement").asBoolean()).isTrue();
            assertThat(departed.get("departureReason").asText()).isEqualTo("Value for money review");
        }

        @Test
        void anArrangementIsNotDecidedWithoutAnEndorsedDirection() {
            String partnership = formPartnership();
            String committee = constituteBodyWithPowers(partnership, Power.DECIDE_SERVICE_ARRANGEMENTS);
            String id = programmeWithPhases(partnership, 1);
            addArea(id, "it-services", "IT Services", 1);
            recommend(id, "it-services", "ONGOING_PARTNERSHIP", false);
            long before = eventCount();

            Response refused = recorder().post("/api/programmes/" + id + "/service-areas/it-services/arrangement",
                    json("arrangement", "SHARED_SECTION_113",
                            "resolution", resolution(committee, COMMITTEE, "2022-07-20", null, "Shared.")));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("rule").asText()).isEqualTo("NO_ENDORSED_DIRECTION");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void programmesAreListedAndFilteredByPartnership() {
            String partnership = formPartnership();
            String id = programmeWithPhases(partnership, 1, 2);
            addArea(id, "procurement", "Procurement", 2);
            Response last = addArea(id, "it-services", "IT Services", 1);
            String other = launchProgramme(formPartnership());
            // The other programme was recorded after 'last': wait for the view to reach the head of the log.
            long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);

            Response mine = reader().get("/api/programmes?partnershipId=" + partnership + "&awaitPosition=" + head);
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json()).hasSize(1);
            JsonNode summary = mine.json().get(0);
            assertThat(summary.get("programmeId").asText()).isEqualTo(id);
            assertThat(summary.get("phases").asInt()).isEqualTo(2);
            assertThat(summary.get("serviceAreas").asInt()).isEqualTo(2);
            assertThat(summary.get("version").asLong()).isEqualTo(4);

            Response everything = reader().get("/api/programmes");
            assertThat(texts(everything.json(), "programmeId")).contains(id, other);
        }

        @Test
        void unrecordedProgrammesAndPhasesAre404() {
            String missing = unique("nothing");
            Response programme = reader().get("/api/programmes/" + missing);
            assertThat(programme.status()).isEqualTo(404);
            assertThat(programme.json().get("code").asText()).isEqualTo("NOT_FOUND");

            String id = programmeWithPhases(formPartnership(), 1);
            Response phase = reader().get("/api/programmes/" + id + "/phases/2");
            assertThat(phase.status()).isEqualTo(404);
            assertThat(phase.json().get("code").asText()).isEqualTo("NOT_FOUND");

            long before = eventCount();
            Response commandToNothing = recorder().post("/api/programmes/" + missing + "/phases",
                    json("phaseNumber", 1, "title", "Phase one"));
            assertThat(commandToNothing.status()).isEqualTo(404);
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aPhaseNumberThatIsNotANumberIs400() {
            String id = programmeWithPhases(formPartnership(), 1);
            assertThat(reader().get("/api/programmes/" + id + "/phases/one").status()).isEqualTo(400);

            long before = eventCount();
            Response endorse = recorder().post("/api/programmes/" + id + "/phases/one/direction-of-travel",
                    json("resolution", resolution(null, null, null, null, "Endorsed.")));
            assertThat(endorse.status()).as(endorse.toString()).isEqualTo(400);
            assertThat(eventCount()).isEqualTo(before);
        }

        // --- helpers ---

        /** An OCC-CDC partnership, formed over HTTP. */
        private String formPartnership() {
            String id = unique("occ-cdc");
            Partnerships.formOccCdc(recorder(), id, "Partnership formed (not stated).");
            return id;
        }

        /** A joint committee of the partnership holding {@code powers}, constituted and granted over HTTP. */
        private String constituteBodyWithPowers(String partnershipId, Power... powers) {
            String bodyId = unique("committee");
            Bodies.constitute(recorder(), bodyId, COMMITTEE, "JOINT_COMMITTEE", partnershipId, "OCC", "CDC");
            for (Power power : powers) {
                Bodies.grant(recorder(), bodyId, power.name(), POWERS_FROM, "Power delegated (not stated).");
            }
            return bodyId;
        }

        private String launchProgramme(String partnershipId) {
            String id = unique("programme");
            Response launched = recorder().post("/api/programmes", json("programmeId", id,
                    "partnershipId", partnershipId, "kind", "SEPARATION", "title", "Separation"));
            assertThat(launched.status()).as(launched.toString()).isEqualTo(201);
            return id;
        }

        private String programmeWithPhases(String partnershipId, int... phases) {
            String id = launchProgramme(partnershipId);
            for (int phase : phases) {
                Response scheduled = recorder().post("/api/programmes/" + id + "/phases",
                        json("phaseNumber", phase, "title", "Phase " + phase));
                assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
            }
            return id;
        }

        private Response addArea(String programmeId, String areaId, String name, int phase) {
            Response added = recorder().post("/api/programmes/" + programmeId + "/service-areas",
                    json("serviceAreaId", areaId, "name", name, "phaseNumber", phase,
                            "leads", List.of(lead("CDC", null, null), lead("OCC", null, null))));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            return added;
        }

        private void recommend(String programmeId, String areaId, String kind, boolean furtherWork) {
            Response recommended = recorder().post("/api/programmes/" + programmeId + "/service-areas/" + areaId
                    + "/recommendation", json("kind", kind, "furtherWorkRequired", furtherWork,
                    "recommendedBy", "CDC and OCC leadership teams"));
            assertThat(recommended.status()).as(recommended.toString()).isEqualTo(200);
        }

        /** The service area as the phase view shows it once the views have caught up with {@code after}. */
        private JsonNode area(String programmeId, int phase, String areaId, Response after) {
            Response view = reader().get("/api/programmes/" + programmeId + "/phases/" + phase + "?" + awaiting(after));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            for (JsonNode area : view.json().get("serviceAreas")) {
                if (area.get("serviceAreaId").asText().equals(areaId)) {
                    return area;
                }
            }
            throw new AssertionError("No service area " + areaId + " in " + view);
        }
    }

    private static Map<String, Object> lead(String authority, String name, String role) {
        return object("authority", authority, "name", name, "role", role);
    }

    private static Map<String, Object> resolution(String bodyId, String bodyName, String decidedOn, String minute,
                                                  String wording) {
        return object("bodyId", bodyId, "bodyName", bodyName, "decidedOn", decidedOn, "minuteReference", minute,
                "wording", wording);
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
