package org.partnershiprecord.api.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * {@code examples/2022-occ-cdc-separation-update.jsonl} imported and read back against the paper
 * ({@code seeds/jsspc-2022-separation-update.txt}): the JSSPC's sitting on the JOTWG update, the s113 agreement's
 * agreed end, the separation programme with all eighteen service areas, and the narrative minute that said
 * "phase two" where it meant phase three, corrected with the original kept.
 */
class SeparationUpdate2022DatasetTest {

    static final String PROGRAMME = "occ-cdc-separation-2022";
    static final String MEETING = "jsspc-2022-03-15";
    static final String SITTING = "2022-03-15";
    static final String JSSPC = "Joint Shared Services and Personnel Committee";
    static final String JOTWG = "Joint Officer Transition Working Group";
    static final String LEADERSHIP_TEAMS = "CDC and OCC leadership teams";

    static final String NOTED_HOUSING =
            "That it be noted that housing services had already been decoupled as a statutory services decision.";
    static final String PHASE_ONE = "That the direction of travel for services in phase one be endorsed: ongoing"
            + " partnership opportunity for Emergency Planning, Environmental Health and Climate Team, with further"
            + " work required on the Climate Team.";
    static final String PHASE_TWO = "That the direction of travel for services in phase two be endorsed: ongoing"
            + " partnership opportunity for procurement, internal audit and counter fraud; decoupling of Legal"
            + " Services, Democratic Services, Policy & Performance, Communications, Information Governance,"
            + " FOI\u2019s and, HR Training & Health and Safety.";
    static final String PHASE_THREE = "That the direction of travel for services in phase three be endorsed: an"
            + " ongoing partnership opportunity for IT Services; ongoing partnership opportunity, with further work"
            + " required for Property Services, Customer Services and Continuous Improvement.";
    static final String NARRATIVE_PHASE_ONE =
            "JSSPC endorsed the direction of travel for the services within phase one.";
    static final String NARRATIVE_PHASE_TWO =
            "JSSPC endorsed the direction of travel for the services within phase two.";
    static final String NARRATIVE_PHASE_THREE =
            "JSSPC endorsed the direction of travel for the services within phase three.";

    /** A service area as the paper places it; kind null for housing, which has no recommendation. */
    record Area(String id, String name, int phase, String kind, boolean furtherWork, String recommendedBy) {

        String minute() {
            return "(" + (phase + 1) + ")";
        }

        String endorsement() {
            return List.of(PHASE_ONE, PHASE_TWO, PHASE_THREE).get(phase - 1);
        }
    }

    static final List<Area> AREAS = List.of(
            new Area("housing", "Housing", 1, null, false, null),
            new Area("emergency-planning", "Emergency Planning", 1, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("environmental-health", "Environmental Health", 1, "ONGOING_PARTNERSHIP", false,
                    LEADERSHIP_TEAMS),
            new Area("climate-team", "Climate Team", 1, "ONGOING_PARTNERSHIP", true, LEADERSHIP_TEAMS),
            new Area("procurement", "Procurement", 2, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("internal-audit", "Internal Audit", 2, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("counter-fraud", "Counter Fraud", 2, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("legal-services", "Legal Services", 2, "DECOUPLE", false, "CDC"),
            new Area("democratic-services", "Democratic Services", 2, "DECOUPLE", false, "CDC"),
            new Area("policy-and-performance", "Policy & Performance", 2, "DECOUPLE", false, "CDC"),
            new Area("communications", "Communications", 2, "DECOUPLE", false, "CDC"),
            new Area("information-governance", "Information Governance", 2, "DECOUPLE", false, "CDC"),
            new Area("fois", "FOI\u2019s", 2, "DECOUPLE", false, "CDC"),
            new Area("hr-training-health-and-safety", "HR Training & Health and Safety", 2, "DECOUPLE", false, "CDC"),
            new Area("it-services", "IT Services", 3, "ONGOING_PARTNERSHIP", false, LEADERSHIP_TEAMS),
            new Area("property-services", "Property Services", 3, "ONGOING_PARTNERSHIP", true, LEADERSHIP_TEAMS),
            new Area("customer-services", "Customer Services", 3, "ONGOING_PARTNERSHIP", true, LEADERSHIP_TEAMS),
            new Area("continuous-improvement", "Continuous Improvement", 3, "ONGOING_PARTNERSHIP", true,
                    LEADERSHIP_TEAMS));

    abstract static class Scenarios extends DatasetTestBase {

        @BeforeEach
        void importTheDataset() {
            imported(DATASET_2022);
        }

        @Test
        void theProgrammeHoldsThreePhasesAtTheJotwgOnTheDatesThePaperGives() {
            JsonNode programme = read("/api/programmes/" + PROGRAMME);
            assertThat(text(programme, "partnershipId")).isEqualTo("occ-cdc");
            assertThat(text(programme, "kind")).isEqualTo("SEPARATION");
            assertThat(texts(programme.get("authorities"))).containsExactlyInAnyOrder("OCC", "CDC");
            assertThat(text(programme, "launchedOn")).as("not stated").isNull();
            assertThat(programme.get("launchedBy").isNull()).as("not stated").isTrue();
            JsonNode phases = programme.get("phases");
            assertThat(texts(phases, "title")).containsExactly("Phase one", "Phase two", "Phase three");
            assertThat(texts(phases, "consideredBy")).containsOnly(JOTWG);
            assertThat(texts(phases, "scheduledConsiderationOn"))
                    .containsExactly("2022-04-04", "2022-05-12", "2022-06-20");
            assertThat(phases.get(0).get("serviceAreas")).hasSize(4);
            assertThat(phases.get(1).get("serviceAreas")).hasSize(10);
            assertThat(phases.get(2).get("serviceAreas")).hasSize(4);
        }

        @Test
        void everyServiceAreaStandsInItsPhaseWithItsLeadsRecommendationAndEndorsement() {
            JsonNode programme = read("/api/programmes/" + PROGRAMME);
            List<JsonNode> areas = programme.get("phases").valueStream()
                    .flatMap(phase -> phase.get("serviceAreas").valueStream()).toList();
            assertThat(areas).extracting(area -> text(area, "serviceAreaId"))
                    .containsExactlyElementsOf(AREAS.stream().map(Area::id).toList());

            for (Area expected : AREAS) {
                JsonNode area = areas.stream().filter(a -> expected.id().equals(text(a, "serviceAreaId"))).findFirst()
                        .orElseThrow();
                String what = expected.name();
                assertThat(text(area, "name")).as(what).isEqualTo(expected.name());
                assertThat(area.get("phaseNumber").asInt()).as(what).isEqualTo(expected.phase());
                // "Each service area had a lead CDC and OCC officer": neither is named.
                assertThat(texts(area.get("leads"), "authority")).as(what).containsExactly("CDC", "OCC");
                assertThat(texts(area.get("leads"), "name")).as(what).containsOnlyNulls();
                assertThat(texts(area.get("leads"), "role")).as(what).containsOnlyNulls();
                assertThat(area.get("decidedArrangement").isNull()).as(what).isTrue();
                if (expected.kind() == null) {
                    continue;
                }
                JsonNode recommendation = area.get("recommendation");
                assertThat(text(recommendation, "kind")).as(what).isEqualTo(expected.kind());
                assertThat(recommendation.get("furtherWorkRequired").asBoolean()).as(what)
                        .isEqualTo(expected.furtherWork());
                assertThat(text(recommendation, "recommendedBy")).as(what).isEqualTo(expected.recommendedBy());
                assertThat(text(recommendation, "recommendedOn")).as("%s: not stated", what).isNull();

                JsonNode endorsed = area.get("endorsedDirection");
                assertThat(text(endorsed, "kind")).as(what).isEqualTo(expected.kind());
                assertThat(endorsed.get("furtherWorkRequired").asBoolean()).as(what).isEqualTo(expected.furtherWork());
                assertResolvedBy(endorsed.get("endorsedBy"), "jsspc", JSSPC, SITTING, expected.minute());
                assertThat(text(endorsed.get("endorsedBy"), "wording")).as(what).isEqualTo(expected.endorsement());
                assertThat(area.get("decouplingNoted").isNull()).as(what).isTrue();
            }
            assertThat(areas).filteredOn(area -> area.get("recommendation").path("furtherWorkRequired").asBoolean())
                    .extracting(area -> text(area, "name"))
                    .containsExactly("Climate Team", "Property Services", "Customer Services",
                            "Continuous Improvement");
        }

        @Test
        void housingIsNotedAsDecoupledByAStatutoryServicesDecisionUnderResolutionOne() {
            JsonNode phaseOne = read("/api/programmes/" + PROGRAMME + "/phases/1");
            JsonNode housing = find(phaseOne.get("serviceAreas"), "serviceAreaId", "housing");
            assertThat(housing.get("recommendation").isNull()).isTrue();
            assertThat(housing.get("endorsedDirection").isNull()).isTrue();
            JsonNode decoupling = housing.get("decouplingNoted");
            assertThat(text(decoupling, "decidedBy")).isEqualTo("statutory services decision");
            assertThat(text(decoupling, "decoupledOn")).as("not stated").isNull();
            assertResolvedBy(decoupling.get("notedBy"), "jsspc", JSSPC, SITTING, "(1)");
            assertThat(text(decoupling.get("notedBy"), "wording")).isEqualTo(NOTED_HOUSING);
        }

        @Test
        void theSection113AgreementIsAgreedToEndOn31August2022ByWhomAndWhenNotStated() {
            JsonNode agreement = read("/api/agreements/occ-cdc-s113");
            assertThat(text(agreement, "type")).isEqualTo("SECTION_113");
            assertThat(texts(agreement.get("parties"))).containsExactly("OCC", "CDC");
            assertThat(text(agreement, "effectiveFrom")).as("not stated").isNull();
            assertThat(text(agreement, "agreedTerminationDate")).isEqualTo("2022-08-31");
            assertThat(agreement.get("terminationDates")).hasSize(1);
            JsonNode agreed = agreement.get("terminationDates").get(0);
            assertThat(text(agreed, "terminationDate")).isEqualTo("2022-08-31");
            assertResolvedBy(agreed.get("agreedBy"), null, null, null, null);
            assertThat(text(agreed.get("agreedBy"), "wording")).contains("31 August 2022").contains("not stated");
            assertThat(text(agreement, "terminatedOn")).isNull();

            JsonNode partnership = read("/api/partnerships/occ-cdc");
            assertThat(text(partnership, "status")).isEqualTo("SEPARATING");
        }

        @Test
        void theCommitteeHeldThePowerToEndorseFromADateThePaperDoesNotStateAndTheWorkingGroupNone() {
            JsonNode jsspc = read("/api/bodies/jsspc");
            assertThat(text(jsspc, "kind")).isEqualTo("JOINT_COMMITTEE");
            assertThat(texts(jsspc.get("authorities"))).containsExactly("OCC", "CDC");
            JsonNode power = find(jsspc.get("powers"), "power", "ENDORSE_DIRECTION_OF_TRAVEL");
            assertThat(text(power, "heldFrom")).isEqualTo("2018-10-01");
            assertThat(text(power, "heldUntil")).isNull();
            assertResolvedBy(power.get("grantedBy"), null, null, null, null);
            assertThat(text(power.get("grantedBy"), "wording")).contains("not stated").contains("1 October 2018");

            JsonNode jotwg = read("/api/bodies/jotwg");
            assertThat(text(jotwg, "kind")).isEqualTo("WORKING_GROUP");
            assertThat(jotwg.get("powers")).isEmpty();
        }

        @Test
        void theSittingHoldsTheFourResolutionsVerbatimAndTheThreeNarrativeEndorsementsOneCorrected() {
            JsonNode meeting = read("/api/meetings/" + MEETING);
            assertThat(text(meeting, "bodyId")).isEqualTo("jsspc");
            assertThat(text(meeting, "date")).isEqualTo(SITTING);
            assertThat(texts(meeting.get("agendaItems"), "itemNumber")).containsExactly("not stated", "9");
            assertThat(text(meeting.get("agendaItems").get(0), "title"))
                    .isEqualTo("Joint Officer Transition Working Group (JOTWG) Update");
            assertThat(meeting.get("agendaItems").get(1).get("exempt").asBoolean()).isFalse();

            JsonNode resolutions = meeting.get("resolutions");
            assertThat(texts(resolutions, "minuteReference")).containsExactly("(1)", "(2)", "(3)", "(4)",
                    "narrative 1", "narrative 2", "narrative 3");
            assertThat(texts(resolutions, "action")).containsExactly("NOTE", "ENDORSE", "ENDORSE", "ENDORSE",
                    "ENDORSE", "ENDORSE", "ENDORSE");
            assertThat(texts(resolutions, "itemNumber")).containsOnly("not stated");
            assertThat(texts(resolutions, "conditionStatus")).containsOnly("UNCONDITIONAL");
            // As the record shows it now: the third narrative endorsement reads "phase three".
            assertThat(texts(resolutions, "wording")).containsExactly(NOTED_HOUSING, PHASE_ONE, PHASE_TWO,
                    PHASE_THREE, NARRATIVE_PHASE_ONE, NARRATIVE_PHASE_TWO, NARRATIVE_PHASE_THREE);

            JsonNode narrativeThree = find(resolutions, "minuteReference", "narrative 3");
            assertThat(narrativeThree.get("corrections")).hasSize(1);
            JsonNode correction = narrativeThree.get("corrections").get(0);
            assertThat(text(correction, "field")).isEqualTo("wording");
            // ... and its corrections keep what the minutes said.
            assertThat(text(correction, "originalValue")).isEqualTo(NARRATIVE_PHASE_TWO);
            assertThat(text(correction, "correctedValue")).isEqualTo(NARRATIVE_PHASE_THREE);
            assertThat(text(correction, "reason")).contains("phase three");
            assertThat(text(correction, "recordedBy")).isEqualTo("recorder");
            resolutions.valueStream().filter(r -> !"narrative 3".equals(text(r, "minuteReference")))
                    .forEach(r -> assertThat(r.get("corrections")).as(text(r, "minuteReference")).isEmpty());
        }

        @Test
        void theDecisionRegisterShowsEachMinuteOfTheSittingWithWhatItDid() {
            List<JsonNode> entries = read("/api/decision-register?bodyId=jsspc&from=" + SITTING + "&to=" + SITTING)
                    .valueStream().toList();
            assertThat(entries).extracting(entry -> text(entry, "minuteReference")).containsExactlyInAnyOrder(
                    "(1)", "(2)", "(3)", "(4)", "narrative 1", "narrative 2", "narrative 3");
            for (JsonNode entry : entries) {
                assertThat(text(entry, "bodyName")).isEqualTo(JSSPC);
                assertThat(text(entry, "decidedOn")).isEqualTo(SITTING);
            }
            assertThat(effects(entries, "(1)")).containsExactly("ResolutionRecorded", "ServiceDecouplingNoted");
            assertThat(read("/api/decision-register?partnershipId=occ-cdc&from=" + SITTING + "&to=" + SITTING)
                    .valueStream().map(entry -> text(entry, "minuteReference")).toList())
                    .as("the sitting's minutes are found by the partnership of the body that sat")
                    .contains("(1)", "(2)", "(3)", "(4)", "narrative 3");
            for (String minute : List.of("(2)", "(3)", "(4)")) {
                assertThat(effects(entries, minute)).as(minute)
                        .containsExactly("ResolutionRecorded", "DirectionOfTravelEndorsed");
                assertThat(text(entry(entries, minute), "action")).isEqualTo("ENDORSE");
            }
            assertThat(text(entry(entries, "(1)"), "action")).isEqualTo("NOTE");
            assertThat(text(entry(entries, "(4)"), "wording")).isEqualTo(PHASE_THREE);

            JsonNode corrected = entry(entries, "narrative 3");
            assertThat(corrected.get("corrected").asBoolean()).isTrue();
            assertThat(text(corrected, "wording")).isEqualTo(NARRATIVE_PHASE_THREE);
            assertThat(effects(entries, "narrative 3")).containsExactly("ResolutionRecorded");
            assertThat(entry(entries, "narrative 2").get("corrected").asBoolean()).isFalse();
        }

        private static JsonNode entry(List<JsonNode> entries, String minute) {
            return entries.stream().filter(e -> minute.equals(text(e, "minuteReference"))).findFirst().orElseThrow();
        }

        private static List<String> effects(List<JsonNode> entries, String minute) {
            return texts(entry(entries, minute).get("effects"), "eventType");
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
