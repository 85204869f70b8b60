package org.partnershiprecord.api.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.Seed2022.NOTED_HOUSING;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_ONE;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_TWO;
import static org.partnershiprecord.api.support.Seed2022.ENDORSED_PHASE_THREE;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;

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
import tools.jackson.databind.JsonNode;

/**
 * The Joint Shared Services and Personnel Committee's 2022 update from the Joint Officer Transition Working Group
 * ({@code seeds/jsspc-2022-separation-update.txt}) recorded over HTTP as a governance officer would: the partnership,
 * the separation programme in three phases, all eighteen service areas with their leads and the officers'
 * recommendations, housing noted as decoupled under resolution (1), and the three directions of travel endorsed
 * under resolutions (2) to (4); then the programme view is read back phase by phase.
 */
class SeparationProgrammeEndToEndTest {

    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final String JOTWG_NAME = "Joint Officer Transition Working Group";
    // The paper does not date the sitting; the project records it as 15 March 2022 (JOTWG met monthly "from March
    // to July", and phase one went to the JOTWG on 4 April).
    static final String SITTING = "2022-03-15";
    // Not stated in the paper: the committee must have held the power before the sitting; partnership working
    // began under the s113 agreement in October 2018.
    static final String ENDORSING_POWER_FROM = "2018-10-01";
    static final String LEADERSHIP_TEAMS = "CDC and OCC leadership teams";
    static final String CDC_PROPOSED = "CDC";

    /** A phase as the paper schedules it, and the resolution endorsing its direction of travel. */
    record Phase(int number, String title, String atJotwg, String minute, String endorsement) {
    }

    // "4 April", "12 May" and "20 June" without a year: the sitting and the s113 end (31 August 2022) put them in 2022.
    static final List<Phase> PHASES = List.of(
            new Phase(1, "Phase one", "2022-04-04", "(2)", ENDORSED_PHASE_ONE),
            new Phase(2, "Phase two", "2022-05-12", "(3)", ENDORSED_PHASE_TWO),
            new Phase(3, "Phase three", "2022-06-20", "(4)", ENDORSED_PHASE_THREE));

    /** A service area as the paper places it, with the recommendation it reports (none for housing). */
    record Area(String id, String name, int phase, String kind, boolean furtherWork, String recommendedBy) {
    }

    static final Area HOUSING = new Area("housing", "Housing", 1, null, false, null);
    static final List<Area> AREAS = List.of(
            HOUSING,
            new Area("emergency-planning", "Emergency Planning", 1, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("environmental-health", "Environmental Health", 1, "ONGOING_PARTNERSHIP", false,
                    LEADERSHIP_TEAMS),
            new Area("climate-team", "Climate Team", 1, "ONGOING_PARTNERSHIP", true, LEADERSHIP_TEAMS),
            new Area("procurement", "Procurement", 2, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("internal-audit", "Internal Audit", 2, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("counter-fraud", "Counter Fraud", 2, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            // "CDC has proposed decoupling to support local policies/priorities, service or statutory role"
            new Area("legal-services", "Legal Services", 2, "DECOUPLE", false, CDC_PROPOSED),
            new Area("democratic-services", "Democratic Services", 2, "DECOUPLE", false, CDC_PROPOSED),
            new Area("policy-and-performance", "Policy & Performance", 2, "DECOUPLE", false, CDC_PROPOSED),
            new Area("communications", "Communications", 2, "DECOUPLE", false, CDC_PROPOSED),
            new Area("information-governance", "Information Governance", 2, "DECOUPLE", false, CDC_PROPOSED),
            new Area("fois", "FOI\u2019s", 2, "DECOUPLE", false, CDC_PROPOSED),
            new Area("hr-training-health-and-safety", "HR Training & Health and Safety", 2, "DECOUPLE", false,
                    CDC_PROPOSED),
            new Area("it-services", "IT Services", 3, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("property-services", "Property Services", 3, "ONGOING_PARTNERSHIP", true, LEADERSHIP_TEAMS),
            new Area("customer-services", "Customer Services", 3, "ONGOING_PARTNERSHIP", true, LEADERSHIP_TEAMS),
            new Area("continuous-improvement", "Continuous Improvement", 3, "ONGOING_PARTNERSHIP", true,
                    LEADERSHIP_TEAMS));

    abstract static class Scenarios extends ApiTestBase {

        private String partnership;
        private String jsspc;
        private String programme;
        private Response last;

        @Test
        void theSeparationUpdateIsRecordedOverHttpAndReadBackPhaseByPhase() {
            recordThePaper();

            Response view = reader().get("/api/programmes/" + programme + "?" + awaiting(last));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            // 1 launch + 3 phases + 18 areas + 17 recommendations + 1 decoupling noted + 3 endorsements = 43 events
            assertThat(view.header("ETag")).isEqualTo("\"42\"");
            JsonNode recorded = view.json();
            assertThat(recorded.get("partnershipId").asText()).isEqualTo(partnership);
            assertThat(recorded.get("kind").asText()).isEqualTo("SEPARATION");
            assertThat(recorded.get("title").asText()).isEqualTo("Separation of OCC and CDC joint working");
            assertThat(recorded.get("launchedOn").isNull()).isTrue();
            assertThat(recorded.get("launchedBy").isNull()).isTrue();
            assertThat(recorded.get("phases")).hasSize(3);

            for (Phase phase : PHASES) {
                JsonNode inProgramme = recorded.get("phases").get(phase.number() - 1);
                assertPhase(inProgramme, phase);

                Response alone = reader().get("/api/programmes/" + programme + "/phases/" + phase.number());
                assertThat(alone.status()).as(alone.toString()).isEqualTo(200);
                assertThat(alone.header("ETag")).isEqualTo("\"42\"");
                assertThat(alone.json().get("programmeId").asText()).isEqualTo(programme);
                assertPhase(alone.json(), phase);
            }
        }

        @Test
        void housingIsNotedAsDecoupledUnderResolutionOneAndNotEndorsed() {
            recordThePaper();

            Response phaseOne = reader().get("/api/programmes/" + programme + "/phases/1?" + awaiting(last));
            JsonNode housing = phaseOne.json().get("serviceAreas").get(0);
            assertThat(housing.get("name").asText()).isEqualTo("Housing");
            assertThat(housing.get("recommendation").isNull()).isTrue();
            assertThat(housing.get("endorsedDirection").isNull()).isTrue();
            assertThat(housing.get("decidedArrangement").isNull()).isTrue();
            JsonNode noted = housing.get("decouplingNoted");
            assertThat(noted.get("decidedBy").asText()).isEqualTo("statutory services decision");
            assertThat(noted.get("decoupledOn").isNull()).as("the paper does not date the statutory decision").isTrue();
            assertResolution(noted.get("notedBy"), "(1)", NOTED_HOUSING);
        }

        @Test
        void theProgrammeIsListedForThePartnership() {
            recordThePaper();

            Response listed = reader().get("/api/programmes?partnershipId=" + partnership + "&" + awaiting(last));
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json()).hasSize(1);
            JsonNode summary = listed.json().get(0);
            assertThat(summary.get("programmeId").asText()).isEqualTo(programme);
            assertThat(summary.get("phases").asInt()).isEqualTo(3);
            assertThat(summary.get("serviceAreas").asInt()).isEqualTo(18);
            assertThat(summary.get("version").asLong()).isEqualTo(42);
        }

        private void assertPhase(JsonNode phase, Phase expected) {
            assertThat(phase.get("number").asInt()).isEqualTo(expected.number());
            assertThat(phase.get("title").asText()).isEqualTo(expected.title());
            assertThat(phase.get("consideredBy").asText()).isEqualTo(JOTWG_NAME);
            assertThat(phase.get("scheduledConsiderationOn").asText()).isEqualTo(expected.atJotwg());

            List<Area> areas = AREAS.stream().filter(area -> area.phase() == expected.number()).toList();
            JsonNode shown = phase.get("serviceAreas");
            assertThat(shown.valueStream().map(area -> area.get("name").asText()).toList())
                    .containsExactlyElementsOf(areas.stream().map(Area::name).toList());
            for (int i = 0; i < areas.size(); i++) {
                assertArea(shown.get(i), areas.get(i), expected);
            }
        }

        private void assertArea(JsonNode shown, Area area, Phase phase) {
            assertThat(shown.get("serviceAreaId").asText()).isEqualTo(area.id());
            assertThat(shown.get("phaseNumber").asInt()).isEqualTo(area.phase());
            // "Each service area had a lead CDC and OCC officer": the paper names neither.
            assertThat(shown.get("leads").valueStream().map(lead -> lead.get("authority").asText()).toList())
                    .containsExactly("CDC", "OCC");
            assertThat(shown.get("leads").valueStream().allMatch(lead -> lead.get("name").isNull()
                    && lead.get("role").isNull())).isTrue();
            assertThat(shown.get("decidedArrangement").isNull()).as("nothing was decided at this sitting").isTrue();
            if (area == HOUSING) {
                return;
            }
            JsonNode recommendation = shown.get("recommendation");
            assertThat(recommendation.get("kind").asText()).as(area.name()).isEqualTo(area.kind());
            assertThat(recommendation.get("furtherWorkRequired").asBoolean()).as(area.name())
                    .isEqualTo(area.furtherWork());
            assertThat(recommendation.get("recommendedBy").asText()).isEqualTo(area.recommendedBy());
            assertThat(recommendation.get("recommendedOn").isNull()).isTrue();

            JsonNode endorsed = shown.get("endorsedDirection");
            assertThat(endorsed.isNull()).as(area.name() + " endorsed").isFalse();
            assertThat(endorsed.get("kind").asText()).as(area.name()).isEqualTo(area.kind());
            assertThat(endorsed.get("furtherWorkRequired").asBoolean()).as(area.name()).isEqualTo(area.furtherWork());
            assertResolution(endorsed.get("endorsedBy"), phase.minute(), phase.endorsement());
            assertThat(shown.get("decouplingNoted").isNull()).isTrue();
        }

        private void assertResolution(JsonNode resolution, String minute, String wording) {
            assertThat(resolution.get("bodyId").asText()).isEqualTo(jsspc);
            assertThat(resolution.get("bodyName").asText()).isEqualTo(JSSPC_NAME);
            assertThat(resolution.get("decidedOn").asText()).isEqualTo(SITTING);
            assertThat(resolution.get("minuteReference").asText()).isEqualTo(minute);
            assertThat(resolution.get("wording").asText()).isEqualTo(wording);
            assertThat(resolution.get("subjectTo").isNull()).isTrue();
        }

        // --- recording the paper ---

        private void recordThePaper() {
            partnership = unique("occ-cdc");
            programme = unique("occ-cdc-separation");
            Partnerships.formOccCdc(recorder(), partnership, "Partnership between Oxfordshire County Council and"
                    + " Cherwell District Council (the resolutions forming it are not stated in this paper)");
            jsspc = constituteJsspcWithEndorsingPower(partnership);

            // Neither the launch date nor the resolution launching the separation work is stated.
            accepted(201, recorder().post("/api/programmes", json("programmeId", programme,
                    "partnershipId", partnership, "kind", "SEPARATION",
                    "title", "Separation of OCC and CDC joint working")));
            for (Phase phase : PHASES) {
                accepted(200, recorder().post(path("/phases"), json("phaseNumber", phase.number(),
                        "title", phase.title(), "consideredBy", JOTWG_NAME,
                        "scheduledConsiderationOn", phase.atJotwg())));
            }
            for (Area area : AREAS) {
                accepted(200, recorder().post(path("/service-areas"), json("serviceAreaId", area.id(),
                        "name", area.name(), "phaseNumber", area.phase(),
                        "leads", List.of(object("authority", "CDC"), object("authority", "OCC")))));
            }
            // The paper does not date the recommendations; they stood when the update was given.
            for (Area area : AREAS) {
                if (area.kind() != null) {
                    accepted(200, recorder().post(path("/service-areas/" + area.id() + "/recommendation"),
                            json("kind", area.kind(), "furtherWorkRequired", area.furtherWork(),
                                    "recommendedBy", area.recommendedBy())));
                }
            }
            // The date of the statutory services decision is not stated.
            accepted(200, recorder().post(path("/service-areas/housing/decoupling"), json(
                    "decidedBy", "statutory services decision", "resolution", jsspc("(1)", NOTED_HOUSING))));
            for (Phase phase : PHASES) {
                last = accepted(200, recorder().post(path("/phases/" + phase.number() + "/direction-of-travel"),
                        json("resolution", jsspc(phase.minute(), phase.endorsement()))));
            }
            assertThat(last.header("ETag")).isEqualTo("\"42\"");
        }

        /**
         * Constitutes the JSSPC as a joint committee of the partnership and grants it the power to endorse directions
         * of travel, over HTTP. Neither the date nor the resolution delegating the power is stated.
         */
        private String constituteJsspcWithEndorsingPower(String partnershipId) {
            String bodyId = unique("jsspc");
            Bodies.constitute(recorder(), bodyId, JSSPC_NAME, "JOINT_COMMITTEE", partnershipId, "OCC", "CDC");
            Bodies.grant(recorder(), bodyId, "ENDORSE_DIRECTION_OF_TRAVEL", ENDORSING_POWER_FROM,
                    "Power delegated to the JSSPC under the partnership arrangements (not stated in this paper)");
            return bodyId;
        }

        private Map<String, Object> jsspc(String minute, String wording) {
            return object("bodyId", jsspc, "bodyName", JSSPC_NAME, "decidedOn", SITTING, "minuteReference", minute,
                    "wording", wording);
        }

        private String path(String task) {
            return "/api/programmes/" + programme + task;
        }

        private static Response accepted(int status, Response response) {
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            return response;
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
