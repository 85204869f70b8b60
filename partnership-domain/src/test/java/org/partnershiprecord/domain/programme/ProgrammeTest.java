package org.partnershiprecord.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.InMemoryGovernanceDirectory;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.partnershiprecord.domain.programme.ProgrammeCommand.AddServiceArea;
import org.partnershiprecord.domain.programme.ProgrammeCommand.DecideServiceArrangement;
import org.partnershiprecord.domain.programme.ProgrammeCommand.EndorseDirectionOfTravel;
import org.partnershiprecord.domain.programme.ProgrammeCommand.LaunchProgramme;
import org.partnershiprecord.domain.programme.ProgrammeCommand.NoteServiceDecoupled;
import org.partnershiprecord.domain.programme.ProgrammeCommand.RecommendDirection;
import org.partnershiprecord.domain.programme.ProgrammeCommand.ScheduleProgrammePhase;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionOfTravelEndorsed;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionRecommended;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammeLaunched;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammePhaseScheduled;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceAreaAdded;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceArrangementDecided;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceDecouplingNoted;

/** Facts from the JSSPC 2022 update from the Joint Officer Transition Working Group (separation programme). */
class ProgrammeTest {

    static final ProgrammeId ID = ProgrammeId.of("occ-cdc-separation");
    static final PartnershipId PARTNERSHIP = PartnershipId.of("occ-cdc");
    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final AuthorityCode SNC = AuthorityCode.of("SNC");

    static final BodyId JSSPC = BodyId.of("jsspc");
    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final BodyId JOTWG_ID = BodyId.of("jotwg");
    static final String JOTWG = "Joint Officer Transition Working Group";
    static final String LEADERSHIP_TEAMS = "respective leadership teams";

    // The paper gives no date for the committee's sitting; it came before the JOTWG met on 4 April 2022.
    static final LocalDate JSSPC_SITTING = LocalDate.of(2022, 3, 15);
    static final LocalDate ENDORSING_POWER_FROM = LocalDate.of(2018, 10, 1);
    // Not in the seed: the deciding power is granted here from a later date, to test the date rule.
    static final LocalDate DECIDING_POWER_FROM = LocalDate.of(2022, 6, 1);
    static final LocalDate DECISION_DAY = LocalDate.of(2022, 7, 19);

    static final List<LeadOfficer> LEADS = List.of(new LeadOfficer(CDC, null, null), new LeadOfficer(OCC, null, null));

    static final ResolutionRef NOTED_HOUSING = jsspc(JSSPC_SITTING, "(1)",
            "That it be noted that housing services had already been decoupled as a statutory services decision.");
    static final ResolutionRef ENDORSED_PHASE_ONE = jsspc(JSSPC_SITTING, "(2)",
            "That the direction of travel for services in phase one be endorsed: ongoing partnership opportunity for"
                    + " Emergency Planning, Environmental Health and Climate Team, with further work required on the"
                    + " Climate Team.");
    static final ResolutionRef ENDORSED_PHASE_TWO = jsspc(JSSPC_SITTING, "(3)",
            "That the direction of travel for services in phase two be endorsed: decoupling of Legal Services.");
    static final ResolutionRef DECIDED = jsspc(DECISION_DAY, null,
            "That Environmental Health be delivered in partnership under a service level agreement.");

    static final ProgrammeLaunched LAUNCHED = new ProgrammeLaunched(ID, PARTNERSHIP, ProgrammeKind.SEPARATION,
            "Separation of shared services", List.of(OCC, CDC), null, null);
    static final ProgrammePhaseScheduled PHASE_ONE = new ProgrammePhaseScheduled(ID, 1, "Phase one", JOTWG,
            LocalDate.of(2022, 4, 4));
    static final ProgrammePhaseScheduled PHASE_TWO = new ProgrammePhaseScheduled(ID, 2, "Phase two", JOTWG,
            LocalDate.of(2022, 5, 12));
    static final ProgrammePhaseScheduled PHASE_THREE = new ProgrammePhaseScheduled(ID, 3, "Phase three", JOTWG,
            LocalDate.of(2022, 6, 20));

    static final ServiceAreaAdded HOUSING = added("housing", "Housing", 1);
    static final ServiceAreaAdded EMERGENCY_PLANNING = added("emergency-planning", "Emergency Planning", 1);
    static final ServiceAreaAdded ENVIRONMENTAL_HEALTH = added("environmental-health", "Environmental Health", 1);
    static final ServiceAreaAdded CLIMATE_TEAM = added("climate-team", "Climate Team", 1);
    static final ServiceAreaAdded LEGAL_SERVICES = added("legal-services", "Legal Services", 2);

    static final DirectionRecommended EP_ONGOING = recommended(EMERGENCY_PLANNING, Recommendation.ongoingPartnership());
    static final DirectionRecommended EH_ONGOING = recommended(ENVIRONMENTAL_HEALTH,
            Recommendation.ongoingPartnership());
    static final DirectionRecommended CT_ONGOING_FURTHER_WORK = recommended(CLIMATE_TEAM,
            Recommendation.ongoingPartnershipWithFurtherWork());
    static final DirectionRecommended LEGAL_DECOUPLE = new DirectionRecommended(ID, "legal-services", "Legal Services",
            Recommendation.decouple(), null, "CDC", null);

    static final ServiceDecouplingNoted HOUSING_DECOUPLED = new ServiceDecouplingNoted(ID, "housing", "Housing",
            "statutory services decision", null, NOTED_HOUSING);

    static final EndorsedDirection EP_ENDORSED = new EndorsedDirection("emergency-planning", "Emergency Planning",
            Recommendation.ongoingPartnership());
    static final EndorsedDirection EH_ENDORSED = new EndorsedDirection("environmental-health", "Environmental Health",
            Recommendation.ongoingPartnership());
    static final EndorsedDirection CT_ENDORSED = new EndorsedDirection("climate-team", "Climate Team",
            Recommendation.ongoingPartnershipWithFurtherWork());
    static final DirectionOfTravelEndorsed PHASE_ONE_ENDORSED = new DirectionOfTravelEndorsed(ID, 1,
            List.of(EP_ENDORSED, EH_ENDORSED, CT_ENDORSED), ENDORSED_PHASE_ONE);
    static final DirectionOfTravelEndorsed LEGAL_ENDORSED = new DirectionOfTravelEndorsed(ID, 2,
            List.of(new EndorsedDirection("legal-services", "Legal Services", Recommendation.decouple())),
            ENDORSED_PHASE_TWO);

    private FixtureConfiguration<Programme> fixture;
    private InMemoryGovernanceDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemoryGovernanceDirectory().onAll(
                new PartnershipFormed(PARTNERSHIP, "Oxfordshire and Cherwell partnership", List.of(
                        new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                        new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)), null, null,
                        Minutes.notStated("That the councils work in partnership.")),
                new BodyConstituted(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), PARTNERSHIP,
                        null, null),
                new BodyConstituted(JOTWG_ID, JOTWG, BodyKind.WORKING_GROUP, List.of(OCC, CDC), PARTNERSHIP,
                        null, null),
                new PowerGranted(JSSPC, JSSPC_NAME, Power.ENDORSE_DIRECTION_OF_TRAVEL, ENDORSING_POWER_FROM,
                        Minutes.notStated("That the committee endorse directions of travel.")),
                new PowerGranted(JSSPC, JSSPC_NAME, Power.DECIDE_SERVICE_ARRANGEMENTS, DECIDING_POWER_FROM,
                        Minutes.notStated("That the committee decide service arrangements.")));
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource(directory);
    }

    // launching

    @Test
    void launchesASeparationProgrammeCarryingThePartnershipsCouncils() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(ID, PARTNERSHIP, ProgrammeKind.SEPARATION, "Separation of shared services",
                        null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(LAUNCHED);
    }

    @Test
    void cannotLaunchAProgrammeForAPartnershipNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(ID, PartnershipId.of("cdc-snc"), ProgrammeKind.SEPARATION, "Separation",
                        null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void cannotLaunchAProgrammeWithoutATitle() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgramme(ID, PARTNERSHIP, ProgrammeKind.INTEGRATION, " ", null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // phases

    @Test
    void schedulesPhaseOneForTheWorkingGroupOn4April() {
        fixture.given(LAUNCHED)
                .when(new ScheduleProgrammePhase(ID, 1, "Phase one", JOTWG, LocalDate.of(2022, 4, 4)))
                .expectEvents(PHASE_ONE);
    }

    @Test
    void cannotScheduleAPhaseNumberTwice() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new ScheduleProgrammePhase(ID, 1, "Phase one again", JOTWG, LocalDate.of(2022, 5, 12)))
                .expectNoEvents()
                .expectException(violates(RuleCode.PHASE_NUMBER_TAKEN));
    }

    @Test
    void phaseNumbersStartAtOne() {
        fixture.given(LAUNCHED)
                .when(new ScheduleProgrammePhase(ID, 0, "Phase nought", null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // service areas

    @Test
    void addsEmergencyPlanningToPhaseOneWithALeadFromEachCouncil() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new AddServiceArea(ID, "emergency-planning", "Emergency Planning", 1, LEADS))
                .expectEvents(EMERGENCY_PLANNING);
    }

    @Test
    void cannotAddAServiceAreaToAPhaseNotScheduled() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new AddServiceArea(ID, "it-services", "IT Services", 3, LEADS))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PHASE));
    }

    @Test
    void cannotAddTheSameServiceAreaTwice() {
        fixture.given(LAUNCHED, PHASE_ONE, PHASE_TWO, EMERGENCY_PLANNING)
                .when(new AddServiceArea(ID, "emergency-planning", "Emergency Planning", 2, LEADS))
                .expectNoEvents()
                .expectException(violates(RuleCode.SERVICE_AREA_ALREADY_IN_PROGRAMME));
    }

    @Test
    void cannotNameALeadFromACouncilOutsideThePartnership() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new AddServiceArea(ID, "emergency-planning", "Emergency Planning", 1,
                        List.of(new LeadOfficer(CDC, null, null), new LeadOfficer(SNC, null, "Head of Service"))))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void eachCouncilNamesOneLeadForAServiceArea() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new AddServiceArea(ID, "emergency-planning", "Emergency Planning", 1,
                        List.of(new LeadOfficer(CDC, "A. Officer", null), new LeadOfficer(CDC, "B. Officer", null))))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_LISTED_TWICE));
    }

    @Test
    void serviceAreaIdsAreShortWordsNotNames() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new AddServiceArea(ID, "Emergency Planning", "Emergency Planning", 1, LEADS))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // recommendations

    @Test
    void leadershipTeamsRecommendOngoingPartnershipWithFurtherWorkForTheClimateTeam() {
        fixture.given(LAUNCHED, PHASE_ONE, CLIMATE_TEAM)
                .when(new RecommendDirection(ID, "climate-team", Recommendation.ongoingPartnershipWithFurtherWork(),
                        LEADERSHIP_TEAMS, null))
                .expectEvents(CT_ONGOING_FURTHER_WORK);
    }

    @Test
    void aNewRecommendationReplacesThePreviousOne() {
        LocalDate day = LocalDate.of(2022, 6, 20);
        fixture.given(LAUNCHED, PHASE_ONE, CLIMATE_TEAM, CT_ONGOING_FURTHER_WORK)
                .when(new RecommendDirection(ID, "climate-team", Recommendation.ongoingPartnership(), JOTWG, day))
                .expectEvents(new DirectionRecommended(ID, "climate-team", "Climate Team",
                        Recommendation.ongoingPartnership(), Recommendation.ongoingPartnershipWithFurtherWork(),
                        JOTWG, day));
    }

    @Test
    void cannotRecommendForAServiceAreaNotInTheProgramme() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new RecommendDirection(ID, "it-services", Recommendation.ongoingPartnership(), LEADERSHIP_TEAMS,
                        null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_SERVICE_AREA));
    }

    @Test
    void cannotRecommendForHousingAlreadyDecoupled() {
        fixture.given(LAUNCHED, PHASE_ONE, HOUSING, HOUSING_DECOUPLED)
                .when(new RecommendDirection(ID, "housing", Recommendation.decouple(), LEADERSHIP_TEAMS, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.SERVICE_AREA_ALREADY_DECOUPLED));
    }

    @Test
    void cannotRecommendOnceTheArrangementIsDecided() {
        fixture.given(phaseOneEndorsedAnd(environmentalHealthDecided()))
                .when(new RecommendDirection(ID, "environmental-health", Recommendation.decouple(), LEADERSHIP_TEAMS,
                        null))
                .expectNoEvents()
                .expectException(violates(RuleCode.ARRANGEMENT_ALREADY_DECIDED));
    }

    @Test
    void furtherWorkRequiredAlwaysMeansFurtherWork() {
        assertThat(new Recommendation(RecommendationKind.FURTHER_WORK_REQUIRED, false).furtherWorkRequired()).isTrue();
        assertThat(Recommendation.ongoingPartnership().furtherWorkRequired()).isFalse();
        assertThat(Recommendation.ongoingPartnershipWithFurtherWork())
                .isEqualTo(new Recommendation(RecommendationKind.ONGOING_PARTNERSHIP, true));
    }

    @Test
    void onlyDecouplingGoesAgainstOngoingPartnershipAndOnlyKeepingTogetherGoesAgainstDecoupling() {
        for (Arrangement arrangement : Arrangement.values()) {
            boolean decoupled = arrangement == Arrangement.DECOUPLED;
            assertThat(Recommendation.ongoingPartnershipWithFurtherWork().contradictedBy(arrangement))
                    .isEqualTo(decoupled);
            assertThat(Recommendation.decouple().contradictedBy(arrangement)).isEqualTo(!decoupled);
            assertThat(Recommendation.furtherWork().contradictedBy(arrangement)).isFalse();
        }
    }

    // directions of travel

    @Test
    void committeeEndorsesPhaseOneLeavingOutHousingAlreadyDecoupled() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, null, ENDORSED_PHASE_ONE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(PHASE_ONE_ENDORSED);
    }

    @Test
    void endorsesOnlyTheServiceAreasListed() {
        fixture.given(phaseOnePresented())
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("climate-team"), ENDORSED_PHASE_ONE))
                .expectEvents(new DirectionOfTravelEndorsed(ID, 1, List.of(CT_ENDORSED), ENDORSED_PHASE_ONE));
    }

    @Test
    void anEndorsementCarriesTheLatestRecommendation() {
        DirectionRecommended revised = new DirectionRecommended(ID, "climate-team", "Climate Team",
                Recommendation.furtherWork(), Recommendation.ongoingPartnershipWithFurtherWork(), LEADERSHIP_TEAMS,
                null);
        fixture.given(phaseOnePresented(revised))
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("climate-team"), ENDORSED_PHASE_ONE))
                .expectEvents(new DirectionOfTravelEndorsed(ID, 1, List.of(new EndorsedDirection("climate-team",
                        "Climate Team", Recommendation.furtherWork())), ENDORSED_PHASE_ONE));
    }

    @Test
    void cannotEndorseAPhaseNotScheduled() {
        fixture.given(phaseOnePresented())
                .when(new EndorseDirectionOfTravel(ID, 3, null, ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PHASE));
    }

    @Test
    void cannotEndorseAServiceAreaOfAnotherPhase() {
        fixture.given(phaseOnePresented())
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("emergency-planning", "legal-services"),
                        ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_SERVICE_AREA));
    }

    @Test
    void cannotEndorseAServiceAreaNotInTheProgramme() {
        fixture.given(phaseOnePresented())
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("it-services"), ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_SERVICE_AREA));
    }

    @Test
    void cannotEndorseAServiceAreaListedWithoutARecommendation() {
        fixture.given(phaseOnePresented())
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("emergency-planning", "housing"),
                        ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.NO_RECOMMENDATION));
    }

    @Test
    void cannotEndorseAWholePhaseWhileAnOpenAreaHasNoRecommendation() {
        // Housing is open and unrecommended until its decoupling is noted.
        fixture.given(phaseOnePresented())
                .when(new EndorseDirectionOfTravel(ID, 1, null, ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.NO_RECOMMENDATION));
    }

    @Test
    void cannotEndorseAListedAreaAlreadyDecoupled() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("housing"), ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.SERVICE_AREA_ALREADY_DECOUPLED));
    }

    @Test
    void cannotEndorseAListedAreaWhoseArrangementIsDecided() {
        fixture.given(phaseOneEndorsedAnd(environmentalHealthDecided()))
                .when(new EndorseDirectionOfTravel(ID, 1, List.of("environmental-health"), ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.ARRANGEMENT_ALREADY_DECIDED));
    }

    @Test
    void reEndorsingAPhaseLeavesOutAreasAlreadyDecided() {
        fixture.given(phaseOneEndorsedAnd(environmentalHealthDecided()))
                .when(new EndorseDirectionOfTravel(ID, 1, List.of(), ENDORSED_PHASE_ONE))
                .expectEvents(new DirectionOfTravelEndorsed(ID, 1, List.of(EP_ENDORSED, CT_ENDORSED),
                        ENDORSED_PHASE_ONE));
    }

    @Test
    void nothingToEndorseWhenEveryAreaOfThePhaseIsDecoupledOrDecided() {
        fixture.given(LAUNCHED, PHASE_ONE, HOUSING, HOUSING_DECOUPLED)
                .when(new EndorseDirectionOfTravel(ID, 1, null, ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.NOTHING_TO_ENDORSE));
    }

    @Test
    void nothingToEndorseInAPhaseWithNoServiceAreas() {
        fixture.given(LAUNCHED, PHASE_ONE, PHASE_THREE)
                .when(new EndorseDirectionOfTravel(ID, 3, null, ENDORSED_PHASE_ONE))
                .expectNoEvents()
                .expectException(violates(RuleCode.NOTHING_TO_ENDORSE));
    }

    @Test
    void aWorkingGroupWithoutThePowerCannotEndorse() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, null, Minutes.resolved(JOTWG_ID, JOTWG,
                        LocalDate.of(2022, 4, 4), null, "Phase one endorsed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void cannotEndorseBeforeTheCommitteeWasGrantedThePower() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, null, jsspc(ENDORSING_POWER_FROM.minusDays(1), null,
                        "Phase one endorsed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void cannotEndorseAfterThePowerWasWithdrawn() {
        LocalDate withdrawn = LocalDate.of(2022, 9, 1);
        directory.on(new PowerWithdrawn(JSSPC, JSSPC_NAME, Power.ENDORSE_DIRECTION_OF_TRAVEL, withdrawn,
                Minutes.notStated("That the committee be wound up.")));
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, null, jsspc(withdrawn.plusDays(14), null,
                        "Phase one endorsed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void cannotEndorseWithoutStatingWhichBodyResolved() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, null, Minutes.notStated("Phase one endorsed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
    }

    @Test
    void cannotEndorseByABodyNotRecorded() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new EndorseDirectionOfTravel(ID, 1, null, Minutes.resolved("pwg", "Partnership Working Group",
                        JSSPC_SITTING, null, "Phase one endorsed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_BODY));
    }

    @Test
    void anEndorsementIsNotAnArrangement() {
        // "endorsement of a direction of travel did not signal de facto agreement": the area is still open.
        fixture.given(phaseOneEndorsedAnd())
                .when(new NoteServiceDecoupled(ID, "climate-team", "a later decision of both councils", null,
                        Minutes.notStated("That the decoupling of the Climate Team be noted.")))
                .expectEvents(new ServiceDecouplingNoted(ID, "climate-team", "Climate Team",
                        "a later decision of both councils", null,
                        Minutes.notStated("That the decoupling of the Climate Team be noted.")));
    }

    // decoupling noted

    @Test
    void notesHousingDecoupledByAStatutoryServicesDecision() {
        fixture.given(LAUNCHED, PHASE_ONE, HOUSING)
                .when(new NoteServiceDecoupled(ID, "housing", "statutory services decision", null, NOTED_HOUSING))
                .expectEvents(HOUSING_DECOUPLED);
    }

    @Test
    void notingADecouplingNeedsNoPower() {
        ResolutionRef byTheWorkingGroup = Minutes.resolved(JOTWG_ID, JOTWG, LocalDate.of(2022, 4, 4), null,
                "Housing decoupling noted.");
        fixture.given(LAUNCHED, PHASE_ONE, HOUSING)
                .when(new NoteServiceDecoupled(ID, "housing", "statutory services decision", null, byTheWorkingGroup))
                .expectEvents(new ServiceDecouplingNoted(ID, "housing", "Housing", "statutory services decision",
                        null, byTheWorkingGroup));
    }

    @Test
    void cannotNoteADecouplingTwice() {
        fixture.given(LAUNCHED, PHASE_ONE, HOUSING, HOUSING_DECOUPLED)
                .when(new NoteServiceDecoupled(ID, "housing", "statutory services decision", null, NOTED_HOUSING))
                .expectNoEvents()
                .expectException(violates(RuleCode.SERVICE_AREA_ALREADY_DECOUPLED));
    }

    @Test
    void cannotNoteADecouplingOnceTheArrangementIsDecided() {
        fixture.given(phaseOneEndorsedAnd(environmentalHealthDecided()))
                .when(new NoteServiceDecoupled(ID, "environmental-health", "statutory services decision", null,
                        NOTED_HOUSING))
                .expectNoEvents()
                .expectException(violates(RuleCode.ARRANGEMENT_ALREADY_DECIDED));
    }

    @Test
    void cannotNoteTheDecouplingOfAServiceAreaNotInTheProgramme() {
        fixture.given(LAUNCHED, PHASE_ONE)
                .when(new NoteServiceDecoupled(ID, "housing", "statutory services decision", null, NOTED_HOUSING))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_SERVICE_AREA));
    }

    // arrangements

    @Test
    void decidesEnvironmentalHealthStaysInPartnershipUnderAServiceLevelAgreement() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        LocalDate.of(2022, 9, 1), null, DECIDED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(environmentalHealthDecided());
    }

    @Test
    void cannotDecideAnArrangementWithoutAnEndorsedDirection() {
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.NO_ENDORSED_DIRECTION));
    }

    @Test
    void mayDecideWithoutAnEndorsementWhenTheReasonIsRecorded() {
        String reason = "The section 113 agreement ends on 31 August 2022, before the committee next sits.";
        fixture.given(phaseOnePresented(HOUSING_DECOUPLED))
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, reason, DECIDED))
                .expectEvents(new ServiceArrangementDecided(ID, "environmental-health", "Environmental Health",
                        Arrangement.SERVICE_LEVEL_AGREEMENT, null, null, true, reason, DECIDED));
    }

    @Test
    void decouplingWhatWasEndorsedAsAnOngoingPartnershipNeedsAReason() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "climate-team", Arrangement.DECOUPLED, null, " ", DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.DEPARTURE_NOT_EXPLAINED));
    }

    @Test
    void departsFromTheEndorsedDirectionWithItsReasonRecorded() {
        String reason = "Further work found no value for money in a joint team.";
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "climate-team", Arrangement.DECOUPLED, null, reason, DECIDED))
                .expectEvents(new ServiceArrangementDecided(ID, "climate-team", "Climate Team", Arrangement.DECOUPLED,
                        null, Recommendation.ongoingPartnershipWithFurtherWork(), true, reason, DECIDED));
    }

    @Test
    void keepingTogetherWhatWasEndorsedForDecouplingNeedsAReason() {
        fixture.given(legalServicesEndorsedForDecoupling())
                .when(new DecideServiceArrangement(ID, "legal-services", Arrangement.SHARED_SECTION_113, null, null,
                        DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.DEPARTURE_NOT_EXPLAINED));
    }

    @Test
    void decouplesWhatWasEndorsedForDecoupling() {
        fixture.given(legalServicesEndorsedForDecoupling())
                .when(new DecideServiceArrangement(ID, "legal-services", Arrangement.DECOUPLED,
                        LocalDate.of(2022, 8, 31), null, DECIDED))
                .expectEvents(new ServiceArrangementDecided(ID, "legal-services", "Legal Services",
                        Arrangement.DECOUPLED, LocalDate.of(2022, 8, 31), Recommendation.decouple(), false, null,
                        DECIDED));
    }

    @Test
    void furtherWorkRequiredLeavesEveryArrangementOpen() {
        DirectionRecommended furtherWork = new DirectionRecommended(ID, "climate-team", "Climate Team",
                Recommendation.furtherWork(), Recommendation.ongoingPartnershipWithFurtherWork(), LEADERSHIP_TEAMS,
                null);
        DirectionOfTravelEndorsed endorsed = new DirectionOfTravelEndorsed(ID, 1, List.of(
                new EndorsedDirection("climate-team", "Climate Team", Recommendation.furtherWork())),
                ENDORSED_PHASE_ONE);
        fixture.given(phaseOnePresented(furtherWork, endorsed))
                .when(new DecideServiceArrangement(ID, "climate-team", Arrangement.DECOUPLED, null, null, DECIDED))
                .expectEvents(new ServiceArrangementDecided(ID, "climate-team", "Climate Team", Arrangement.DECOUPLED,
                        null, Recommendation.furtherWork(), false, null, DECIDED));
    }

    @Test
    void theDecisionIsMeasuredAgainstTheEndorsedDirectionNotALaterRecommendation() {
        DirectionRecommended laterDecouple = new DirectionRecommended(ID, "emergency-planning", "Emergency Planning",
                Recommendation.decouple(), Recommendation.ongoingPartnership(), "CDC", null);
        fixture.given(phaseOneEndorsedAnd(laterDecouple))
                .when(new DecideServiceArrangement(ID, "emergency-planning", Arrangement.DECOUPLED, null, null,
                        DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.DEPARTURE_NOT_EXPLAINED));
    }

    @Test
    void anArrangementIsDecidedOnlyOnce() {
        fixture.given(phaseOneEndorsedAnd(environmentalHealthDecided()))
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SECTION_101_DELEGATION,
                        null, null, DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.ARRANGEMENT_ALREADY_DECIDED));
    }

    @Test
    void cannotDecideAnArrangementForHousingAlreadyDecoupled() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "housing", Arrangement.DECOUPLED, null, "Statutory.", DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.SERVICE_AREA_ALREADY_DECOUPLED));
    }

    @Test
    void cannotDecideAnArrangementForAServiceAreaNotInTheProgramme() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "it-services", Arrangement.SHARED_SECTION_113, null, null,
                        DECIDED))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_SERVICE_AREA));
    }

    @Test
    void aWorkingGroupCannotDecideAnArrangement() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, Minutes.resolved(JOTWG_ID, JOTWG, DECISION_DAY, null, "Agreed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void cannotDecideBeforeTheCommitteeWasGrantedThePower() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, jsspc(DECIDING_POWER_FROM.minusDays(1), null, "Agreed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void decidesOnTheDayThePowerIsGranted() {
        ResolutionRef onTheDay = jsspc(DECIDING_POWER_FROM, null, "Agreed.");
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, onTheDay))
                .expectEvents(new ServiceArrangementDecided(ID, "environmental-health", "Environmental Health",
                        Arrangement.SERVICE_LEVEL_AGREEMENT, null, Recommendation.ongoingPartnership(), false, null,
                        onTheDay));
    }

    @Test
    void cannotDecideAfterThePowerWasWithdrawn() {
        LocalDate withdrawn = LocalDate.of(2022, 8, 1);
        directory.on(new PowerWithdrawn(JSSPC, JSSPC_NAME, Power.DECIDE_SERVICE_ARRANGEMENTS, withdrawn,
                Minutes.notStated("That the power be withdrawn.")));
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, jsspc(withdrawn, null, "Agreed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void cannotDecideWithoutStatingWhichBodyResolved() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, Minutes.notStated("Agreed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
    }

    @Test
    void cannotDecideByABodyNotRecorded() {
        fixture.given(phaseOneEndorsedAnd())
                .when(new DecideServiceArrangement(ID, "environmental-health", Arrangement.SERVICE_LEVEL_AGREEMENT,
                        null, null, Minutes.resolved("occ-cabinet", "OCC Cabinet", DECISION_DAY, null, "Agreed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_BODY));
    }

    // the record as presented to the committee

    private static ResolutionRef jsspc(LocalDate on, String minute, String wording) {
        return Minutes.resolved(JSSPC, JSSPC_NAME, on, minute, wording);
    }

    private static ServiceAreaAdded added(String id, String name, int phase) {
        return new ServiceAreaAdded(ID, id, name, phase, LEADS);
    }

    private static DirectionRecommended recommended(ServiceAreaAdded area, Recommendation recommendation) {
        return new DirectionRecommended(ID, area.serviceAreaId(), area.name(), recommendation, null, LEADERSHIP_TEAMS,
                null);
    }

    private static ServiceArrangementDecided environmentalHealthDecided() {
        return new ServiceArrangementDecided(ID, "environmental-health", "Environmental Health",
                Arrangement.SERVICE_LEVEL_AGREEMENT, LocalDate.of(2022, 9, 1), Recommendation.ongoingPartnership(),
                false, null, DECIDED);
    }

    /** Phases one and two with their areas and recommendations, as the update presented them; then {@code more}. */
    private static List<Object> phaseOnePresented(Object... more) {
        List<Object> events = new ArrayList<>(List.of(LAUNCHED, PHASE_ONE, PHASE_TWO, HOUSING, EMERGENCY_PLANNING,
                ENVIRONMENTAL_HEALTH, CLIMATE_TEAM, LEGAL_SERVICES, EP_ONGOING, EH_ONGOING, CT_ONGOING_FURTHER_WORK,
                LEGAL_DECOUPLE));
        events.addAll(Arrays.asList(more));
        return events;
    }

    /** Housing noted as decoupled and phase one endorsed, as resolved; then {@code more}. */
    private static List<Object> phaseOneEndorsedAnd(Object... more) {
        List<Object> events = phaseOnePresented(HOUSING_DECOUPLED, PHASE_ONE_ENDORSED);
        events.addAll(Arrays.asList(more));
        return events;
    }

    private static List<Object> legalServicesEndorsedForDecoupling() {
        return phaseOnePresented(LEGAL_ENDORSED);
    }
}
