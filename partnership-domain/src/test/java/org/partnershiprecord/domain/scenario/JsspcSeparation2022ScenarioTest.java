package org.partnershiprecord.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.agreement.AgreementCommand.AgreeTerminationDate;
import org.partnershiprecord.domain.agreement.AgreementCommand.EnterIntoAgreement;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementEntered;
import org.partnershiprecord.domain.agreement.AgreementEvent.TerminationDateAgreed;
import org.partnershiprecord.domain.agreement.AgreementType;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.meeting.ConditionStatus;
import org.partnershiprecord.domain.meeting.MeetingCommand.HoldMeeting;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordResolution;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.ResolutionAction;
import org.partnershiprecord.domain.partnership.PartnershipCommand.FormPartnership;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.partnershiprecord.domain.programme.EndorsedDirection;
import org.partnershiprecord.domain.programme.LeadOfficer;
import org.partnershiprecord.domain.programme.ProgrammeCommand.AddServiceArea;
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
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceDecouplingNoted;
import org.partnershiprecord.domain.programme.ProgrammeKind;
import org.partnershiprecord.domain.programme.Recommendation;

/**
 * The Joint Shared Services and Personnel Committee's 2022 sitting on the update from the Joint Officer Transition
 * Working Group ({@code seeds/jsspc-2022-separation-update.txt}), recorded whole through the aggregates: the
 * partnership, the committee and the working group, the Section 113 agreement and its agreed end, the separation
 * programme in three phases with every service area named, the officers' recommendations, the sitting's four
 * resolutions, the housing decoupling noted and the three directions of travel endorsed.
 */
class JsspcSeparation2022ScenarioTest {

    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final PartnershipId OCC_CDC = PartnershipId.of("occ-cdc");
    static final String PARTNERSHIP_NAME = "Oxfordshire County Council and Cherwell District Council partnership";
    static final List<Authority> AUTHORITIES = List.of(
            new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
            new Authority(CDC, "Cherwell District Council", Tier.DISTRICT));

    static final BodyId JSSPC = BodyId.of("jsspc");
    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final BodyId JOTWG = BodyId.of("jotwg");
    static final String JOTWG_NAME = "Joint Officer Transition Working Group";
    static final AgreementId S113 = AgreementId.of("occ-cdc-s113");
    static final ProgrammeId SEPARATION = ProgrammeId.of("occ-cdc-separation");
    static final MeetingId SITTING = MeetingId.of("jsspc-2022-03-15");

    // The paper does not date the sitting. 15 March 2022 is the date the project's issues use for it; it fits the
    // paper: JOTWG meetings ran monthly "from March to July", and phase one went to the JOTWG on 4 April.
    static final LocalDate SITTING_DATE = LocalDate.of(2022, 3, 15);
    // The paper does not say when or by whom the committee was given the power to endorse directions of travel. The
    // rule needs a date before the sitting: October 2018, when partnership working began under the s113 agreement
    // (2019 six-month review, para 3.1), is the earliest the committee can have held any power of the partnership.
    static final LocalDate ENDORSING_POWER_FROM = LocalDate.of(2018, 10, 1);
    static final LocalDate AGREED_TERMINATION = LocalDate.of(2022, 8, 31);
    // The paper gives "4 April", "12 May" and "20 June" without a year; the sitting and the 31 August 2022 end of
    // the s113 agreement put them in 2022.
    static final LocalDate PHASE_ONE_AT_JOTWG = LocalDate.of(2022, 4, 4);
    static final LocalDate PHASE_TWO_AT_JOTWG = LocalDate.of(2022, 5, 12);
    static final LocalDate PHASE_THREE_AT_JOTWG = LocalDate.of(2022, 6, 20);

    static final String LEADERSHIP_TEAMS = "CDC and OCC leadership teams";
    static final String CDC_PROPOSED = "CDC";
    // "Each service area had a lead CDC and OCC officer": the paper names neither.
    static final List<LeadOfficer> LEADS = List.of(new LeadOfficer(CDC, null, null), new LeadOfficer(OCC, null, null));

    static final ResolutionRef FORMED = notStated(
            "Partnership between Oxfordshire County Council and Cherwell District Council (the resolutions forming it"
                    + " are not stated in this paper)");
    static final ResolutionRef POWER_DELEGATED = notStated(
            "Power delegated to the JSSPC under the partnership arrangements (not stated in this paper)");
    static final ResolutionRef S113_ENTERED = notStated(
            "Section 113 Agreement between Oxfordshire County Council and Cherwell District Council (the resolution"
                    + " entering into it is not stated in this paper)");
    static final ResolutionRef TERMINATION_AGREED = notStated(
            "The agreed Section 113 Agreement termination date of 31 August 2022 (the resolution agreeing it is not"
                    + " stated in this paper)");

    static final String NOTED_HOUSING =
            "That it be noted that housing services had already been decoupled as a statutory services decision.";
    static final String ENDORSED_PHASE_ONE =
            "That the direction of travel for services in phase one be endorsed: ongoing partnership opportunity for"
                    + " Emergency Planning, Environmental Health and Climate Team, with further work required on the"
                    + " Climate Team.";
    static final String ENDORSED_PHASE_TWO =
            "That the direction of travel for services in phase two be endorsed: ongoing partnership opportunity for"
                    + " procurement, internal audit and counter fraud; decoupling of Legal Services, Democratic"
                    + " Services, Policy & Performance, Communications, Information Governance, FOI\u2019s and, HR"
                    + " Training & Health and Safety.";
    static final String ENDORSED_PHASE_THREE =
            "That the direction of travel for services in phase three be endorsed: an ongoing partnership opportunity"
                    + " for IT Services; ongoing partnership opportunity, with further work required for Property"
                    + " Services, Customer Services and Continuous Improvement.";

    /** A service area as the paper places it, with the recommendation it reports (none for housing). */
    record Area(String id, String name, int phase, Recommendation recommendation, String recommendedBy) {

        EndorsedDirection endorsed() {
            return new EndorsedDirection(id, name, recommendation);
        }
    }

    static final Area HOUSING = new Area("housing", "Housing", 1, null, null);
    static final List<Area> PHASE_ONE = List.of(
            HOUSING,
            new Area("emergency-planning", "Emergency Planning", 1, Recommendation.ongoingPartnership(),
                    LEADERSHIP_TEAMS),
            new Area("environmental-health", "Environmental Health", 1, Recommendation.ongoingPartnership(),
                    LEADERSHIP_TEAMS),
            new Area("climate-team", "Climate Team", 1, Recommendation.ongoingPartnershipWithFurtherWork(),
                    LEADERSHIP_TEAMS));
    static final List<Area> PHASE_TWO = List.of(
            new Area("procurement", "Procurement", 2, Recommendation.ongoingPartnership(), LEADERSHIP_TEAMS),
            new Area("internal-audit", "Internal Audit", 2, Recommendation.ongoingPartnership(), LEADERSHIP_TEAMS),
            new Area("counter-fraud", "Counter Fraud", 2, Recommendation.ongoingPartnership(), LEADERSHIP_TEAMS),
            // "CDC has proposed decoupling to support local policies/priorities, service or statutory role"
            new Area("legal-services", "Legal Services", 2, Recommendation.decouple(), CDC_PROPOSED),
            new Area("democratic-services", "Democratic Services", 2, Recommendation.decouple(), CDC_PROPOSED),
            new Area("policy-and-performance", "Policy & Performance", 2, Recommendation.decouple(), CDC_PROPOSED),
            new Area("communications", "Communications", 2, Recommendation.decouple(), CDC_PROPOSED),
            new Area("information-governance", "Information Governance", 2, Recommendation.decouple(), CDC_PROPOSED),
            new Area("fois", "FOI\u2019s", 2, Recommendation.decouple(), CDC_PROPOSED),
            new Area("hr-training-health-and-safety", "HR Training & Health and Safety", 2,
                    Recommendation.decouple(), CDC_PROPOSED));
    static final List<Area> PHASE_THREE = List.of(
            new Area("it-services", "IT Services", 3, Recommendation.ongoingPartnership(), LEADERSHIP_TEAMS),
            new Area("property-services", "Property Services", 3, Recommendation.ongoingPartnershipWithFurtherWork(),
                    LEADERSHIP_TEAMS),
            new Area("customer-services", "Customer Services", 3, Recommendation.ongoingPartnershipWithFurtherWork(),
                    LEADERSHIP_TEAMS),
            new Area("continuous-improvement", "Continuous Improvement", 3,
                    Recommendation.ongoingPartnershipWithFurtherWork(), LEADERSHIP_TEAMS));

    private final ScenarioRecord record = new ScenarioRecord();

    @AfterEach
    void closeTheRecord() {
        record.close();
    }

    /** Records the whole paper; also used by the JSON round trip. */
    static void recordThePaper(ScenarioRecord record) {
        recordTheStandingArrangements(record);
        recordTheProgrammeAndItsPhases(record);
        recordRecommendations(record, PHASE_ONE);
        recordRecommendations(record, PHASE_TWO);
        recordRecommendations(record, PHASE_THREE);
        holdTheSitting(record);
        noteHousingDecoupled(record);
        endorse(record, 1, "(2)", ENDORSED_PHASE_ONE);
        endorse(record, 2, "(3)", ENDORSED_PHASE_TWO);
        endorse(record, 3, "(4)", ENDORSED_PHASE_THREE);
    }

    @Test
    void theWholeUpdateIsRecordedEventByEvent() {
        recordThePaper(record);

        assertThat(countByType(record.events())).isEqualTo(Map.ofEntries(
                Map.entry("PartnershipFormed", 1L),
                Map.entry("BodyConstituted", 2L),
                Map.entry("PowerGranted", 1L),
                Map.entry("AgreementEntered", 1L),
                Map.entry("TerminationDateAgreed", 1L),
                Map.entry("ProgrammeLaunched", 1L),
                Map.entry("ProgrammePhaseScheduled", 3L),
                Map.entry("ServiceAreaAdded", 18L),
                Map.entry("DirectionRecommended", 17L),
                Map.entry("MeetingHeld", 1L),
                Map.entry("ResolutionRecorded", 4L),
                Map.entry("ServiceDecouplingNoted", 1L),
                Map.entry("DirectionOfTravelEndorsed", 3L)));
        assertThat(record.events()).hasSize(54);
        assertThat(record.eventsOf(SEPARATION)).hasSize(43);
        assertThat(record.eventsOf(SITTING)).hasSize(5);
        assertThat(record.eventsOf(S113)).hasSize(2);
    }

    @Test
    void thePartnershipBodiesAndAgreementStandAsThePaperDescribesThem() {
        recordThePaper(record);

        assertThat(record.events(PartnershipFormed.class)).containsExactly(
                new PartnershipFormed(OCC_CDC, PARTNERSHIP_NAME, AUTHORITIES, null, null, FORMED));
        assertThat(record.events(BodyConstituted.class)).containsExactly(
                new BodyConstituted(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), OCC_CDC, null,
                        null),
                new BodyConstituted(JOTWG, JOTWG_NAME, BodyKind.WORKING_GROUP, List.of(OCC, CDC), OCC_CDC, null,
                        null));
        assertThat(record.events(PowerGranted.class)).containsExactly(new PowerGranted(JSSPC, JSSPC_NAME,
                Power.ENDORSE_DIRECTION_OF_TRAVEL, ENDORSING_POWER_FROM, POWER_DELEGATED));
        assertThat(record.events(AgreementEntered.class)).containsExactly(new AgreementEntered(S113, OCC_CDC,
                AgreementType.SECTION_113, "Section 113 Agreement", List.of(OCC, CDC), null, S113_ENTERED));
        assertThat(record.events(TerminationDateAgreed.class)).containsExactly(
                new TerminationDateAgreed(S113, OCC_CDC, AGREED_TERMINATION, null, TERMINATION_AGREED));
    }

    @Test
    void theProgrammeHoldsThreePhasesWithEveryServiceAreaTheUpdateNames() {
        recordThePaper(record);

        assertThat(record.events(ProgrammeLaunched.class)).containsExactly(new ProgrammeLaunched(SEPARATION, OCC_CDC,
                ProgrammeKind.SEPARATION, "Separation of OCC and CDC joint working", List.of(OCC, CDC), null, null));
        assertThat(record.events(ProgrammePhaseScheduled.class)).containsExactly(
                new ProgrammePhaseScheduled(SEPARATION, 1, "Phase one", JOTWG_NAME, PHASE_ONE_AT_JOTWG),
                new ProgrammePhaseScheduled(SEPARATION, 2, "Phase two", JOTWG_NAME, PHASE_TWO_AT_JOTWG),
                new ProgrammePhaseScheduled(SEPARATION, 3, "Phase three", JOTWG_NAME, PHASE_THREE_AT_JOTWG));
        assertThat(areasAdded(1)).containsExactly(
                "Housing", "Emergency Planning", "Environmental Health", "Climate Team");
        assertThat(areasAdded(2)).containsExactly("Procurement", "Internal Audit", "Counter Fraud", "Legal Services",
                "Democratic Services", "Policy & Performance", "Communications", "Information Governance",
                "FOI\u2019s", "HR Training & Health and Safety");
        assertThat(areasAdded(3)).containsExactly(
                "IT Services", "Property Services", "Customer Services", "Continuous Improvement");
        assertThat(record.events(ServiceAreaAdded.class))
                .allSatisfy(added -> assertThat(added.leads()).isEqualTo(LEADS));
    }

    @Test
    void eachAreaCarriesTheRecommendationTheUpdateReportsAndHousingNone() {
        recordThePaper(record);

        List<DirectionRecommended> expected = allAreas().stream()
                .filter(area -> area.recommendation() != null)
                .map(area -> new DirectionRecommended(SEPARATION, area.id(), area.name(), area.recommendation(), null,
                        area.recommendedBy(), null))
                .toList();
        assertThat(record.events(DirectionRecommended.class)).containsExactlyElementsOf(expected);
        assertThat(record.events(DirectionRecommended.class))
                .noneMatch(recommended -> recommended.serviceAreaId().equals("housing"));
        assertThat(record.events(DirectionRecommended.class))
                .filteredOn(recommended -> recommended.recommendation().equals(Recommendation.decouple()))
                .extracting(DirectionRecommended::serviceAreaName)
                .containsExactly("Legal Services", "Democratic Services", "Policy & Performance", "Communications",
                        "Information Governance", "FOI\u2019s", "HR Training & Health and Safety");
        assertThat(record.events(DirectionRecommended.class))
                .filteredOn(recommended -> recommended.recommendation().furtherWorkRequired())
                .extracting(DirectionRecommended::serviceAreaName)
                .containsExactly("Climate Team", "Property Services", "Customer Services", "Continuous Improvement");
    }

    @Test
    void theCommitteeResolvedFourTimesInThePapersWords() {
        recordThePaper(record);

        assertThat(record.events(MeetingHeld.class)).containsExactly(new MeetingHeld(SITTING, JSSPC, JSSPC_NAME,
                BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), SITTING_DATE,
                "Joint Officer Transition Working Group (JOTWG) Update"));
        assertThat(record.events(ResolutionRecorded.class)).containsExactly(
                minuted("(1)", ResolutionAction.NOTE, NOTED_HOUSING),
                minuted("(2)", ResolutionAction.ENDORSE, ENDORSED_PHASE_ONE),
                minuted("(3)", ResolutionAction.ENDORSE, ENDORSED_PHASE_TWO),
                minuted("(4)", ResolutionAction.ENDORSE, ENDORSED_PHASE_THREE));
    }

    @Test
    void housingIsNotedAsDecoupledUnderResolutionOneAndLeftOutOfThePhaseOneEndorsement() {
        recordThePaper(record);

        assertThat(record.events(ServiceDecouplingNoted.class)).containsExactly(new ServiceDecouplingNoted(SEPARATION,
                "housing", "Housing", "statutory services decision", null, jsspc("(1)", NOTED_HOUSING)));
        DirectionOfTravelEndorsed phaseOne = record.events(DirectionOfTravelEndorsed.class).get(0);
        assertThat(phaseOne.directions()).extracting(EndorsedDirection::serviceAreaId)
                .containsExactly("emergency-planning", "environmental-health", "climate-team")
                .doesNotContain("housing");
    }

    @Test
    void eachPhaseIsEndorsedWithItsAreasRecommendationsUnderItsOwnResolution() {
        recordThePaper(record);

        assertThat(record.events(DirectionOfTravelEndorsed.class)).containsExactly(
                new DirectionOfTravelEndorsed(SEPARATION, 1,
                        PHASE_ONE.stream().filter(area -> area != HOUSING).map(Area::endorsed).toList(),
                        jsspc("(2)", ENDORSED_PHASE_ONE)),
                new DirectionOfTravelEndorsed(SEPARATION, 2, PHASE_TWO.stream().map(Area::endorsed).toList(),
                        jsspc("(3)", ENDORSED_PHASE_TWO)),
                new DirectionOfTravelEndorsed(SEPARATION, 3, PHASE_THREE.stream().map(Area::endorsed).toList(),
                        jsspc("(4)", ENDORSED_PHASE_THREE)));
        // The narrative minute says "JSSPC endorsed the direction of travel for the services within phase two" after
        // the phase three presentation; resolution (4) says phase three, and the record follows the resolution.
        assertThat(record.events(DirectionOfTravelEndorsed.class).get(2).resolution().wording())
                .contains("phase three");
    }

    @Test
    void phaseThreeCannotBeEndorsedBeforeItsRecommendationsAreRecorded() {
        recordTheStandingArrangements(record);
        recordTheProgrammeAndItsPhases(record);
        recordRecommendations(record, PHASE_ONE);
        recordRecommendations(record, PHASE_TWO);
        holdTheSitting(record);

        record.expectRefused(new EndorseDirectionOfTravel(SEPARATION, 3, List.of(), jsspc("(4)", ENDORSED_PHASE_THREE)),
                RuleCode.NO_RECOMMENDATION);

        recordRecommendations(record, PHASE_THREE);
        endorse(record, 3, "(4)", ENDORSED_PHASE_THREE);
        assertThat(record.events(DirectionOfTravelEndorsed.class)).singleElement()
                .satisfies(endorsed -> assertThat(endorsed.phaseNumber()).isEqualTo(3));
    }

    @Test
    void theWorkingGroupCannotEndorseADirectionOfTravelItselfOnlyTheCommitteeCan() {
        recordThePaper(record);

        // Not in the paper: the JOTWG was due to consider phase one on 4 April; an informal group holds no power.
        ResolutionRef jotwgEndorsing = ResolutionRef.of(JOTWG, JOTWG_NAME, PHASE_ONE_AT_JOTWG, null,
                "That the direction of travel for services in phase one be endorsed.");
        record.expectRefused(new EndorseDirectionOfTravel(SEPARATION, 1, List.of(), jotwgEndorsing),
                RuleCode.POWER_NOT_HELD);
        record.expectRefused(new GrantPower(JOTWG, Power.ENDORSE_DIRECTION_OF_TRAVEL, ENDORSING_POWER_FROM,
                POWER_DELEGATED), RuleCode.INFORMAL_BODY_CANNOT_HOLD_POWER);
    }

    @Test
    void theCommitteeCannotEndorseOnADateBeforeItHeldThePower() {
        recordThePaper(record);

        ResolutionRef beforeThePartnership = ResolutionRef.of(JSSPC, JSSPC_NAME, LocalDate.of(2018, 9, 1), null,
                "That the direction of travel for services in phase one be endorsed.");
        record.expectRefused(new EndorseDirectionOfTravel(SEPARATION, 1, List.of(), beforeThePartnership),
                RuleCode.POWER_NOT_HELD);
    }

    @Test
    void housingCannotBeEndorsedOnceNotedAsDecoupled() {
        recordThePaper(record);

        record.expectRefused(new EndorseDirectionOfTravel(SEPARATION, 1, List.of("housing"),
                jsspc("(2)", ENDORSED_PHASE_ONE)), RuleCode.SERVICE_AREA_ALREADY_DECOUPLED);
    }

    static void recordTheStandingArrangements(ScenarioRecord record) {
        record.send(new FormPartnership(OCC_CDC, PARTNERSHIP_NAME, AUTHORITIES, null, null, FORMED));
        record.send(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), OCC_CDC, null,
                null));
        record.send(new GrantPower(JSSPC, Power.ENDORSE_DIRECTION_OF_TRAVEL, ENDORSING_POWER_FROM, POWER_DELEGATED));
        record.send(new ConstituteBody(JOTWG, JOTWG_NAME, BodyKind.WORKING_GROUP, List.of(OCC, CDC), OCC_CDC, null,
                null));
        record.send(new EnterIntoAgreement(S113, OCC_CDC, AgreementType.SECTION_113, "Section 113 Agreement",
                List.of(OCC, CDC), null, S113_ENTERED));
        record.send(new AgreeTerminationDate(S113, AGREED_TERMINATION, TERMINATION_AGREED));
    }

    static void recordTheProgrammeAndItsPhases(ScenarioRecord record) {
        // Neither the launch date nor the resolution launching the separation work is stated.
        record.send(new LaunchProgramme(SEPARATION, OCC_CDC, ProgrammeKind.SEPARATION,
                "Separation of OCC and CDC joint working", null, null));
        record.send(new ScheduleProgrammePhase(SEPARATION, 1, "Phase one", JOTWG_NAME, PHASE_ONE_AT_JOTWG));
        record.send(new ScheduleProgrammePhase(SEPARATION, 2, "Phase two", JOTWG_NAME, PHASE_TWO_AT_JOTWG));
        record.send(new ScheduleProgrammePhase(SEPARATION, 3, "Phase three", JOTWG_NAME, PHASE_THREE_AT_JOTWG));
        allAreas().forEach(area -> record.send(
                new AddServiceArea(SEPARATION, area.id(), area.name(), area.phase(), LEADS)));
    }

    /** The paper does not date the recommendations; they stood when the update was given. */
    static void recordRecommendations(ScenarioRecord record, List<Area> phase) {
        phase.stream()
                .filter(area -> area.recommendation() != null)
                .forEach(area -> record.send(new RecommendDirection(SEPARATION, area.id(), area.recommendation(),
                        area.recommendedBy(), null)));
    }

    /** The paper gives no agenda item number for the update, so the resolutions are recorded without one. */
    static void holdTheSitting(ScenarioRecord record) {
        record.send(new HoldMeeting(SITTING, JSSPC, SITTING_DATE,
                "Joint Officer Transition Working Group (JOTWG) Update"));
        record.send(resolution("(1)", ResolutionAction.NOTE, NOTED_HOUSING));
        record.send(resolution("(2)", ResolutionAction.ENDORSE, ENDORSED_PHASE_ONE));
        record.send(resolution("(3)", ResolutionAction.ENDORSE, ENDORSED_PHASE_TWO));
        record.send(resolution("(4)", ResolutionAction.ENDORSE, ENDORSED_PHASE_THREE));
    }

    /** The date of the statutory services decision is not stated. */
    static void noteHousingDecoupled(ScenarioRecord record) {
        record.send(new NoteServiceDecoupled(SEPARATION, "housing", "statutory services decision", null,
                jsspc("(1)", NOTED_HOUSING)));
    }

    static void endorse(ScenarioRecord record, int phase, String minute, String wording) {
        record.send(new EndorseDirectionOfTravel(SEPARATION, phase, List.of(), jsspc(minute, wording)));
    }

    static List<Area> allAreas() {
        return Stream.of(PHASE_ONE, PHASE_TWO, PHASE_THREE).flatMap(List::stream).toList();
    }

    static ResolutionRef jsspc(String minute, String wording) {
        return ResolutionRef.of(JSSPC, JSSPC_NAME, SITTING_DATE, minute, wording);
    }

    static ResolutionRef notStated(String wording) {
        return new ResolutionRef(null, null, null, null, wording, null);
    }

    private static RecordResolution resolution(String minute, ResolutionAction action, String wording) {
        return new RecordResolution(SITTING, null, minute, action, wording, null, null, null, null);
    }

    private static ResolutionRecorded minuted(String minute, ResolutionAction action, String wording) {
        return new ResolutionRecorded(SITTING, JSSPC, JSSPC_NAME, SITTING_DATE, null, minute, action, wording, null,
                ConditionStatus.UNCONDITIONAL, null, null, null);
    }

    private List<String> areasAdded(int phase) {
        return record.events(ServiceAreaAdded.class).stream()
                .filter(added -> added.phaseNumber() == phase)
                .map(ServiceAreaAdded::name)
                .toList();
    }

    static Map<String, Long> countByType(List<Object> events) {
        return events.stream().collect(Collectors.groupingBy(event -> event.getClass().getSimpleName(),
                Collectors.counting()));
    }
}
