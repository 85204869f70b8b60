package org.partnershiprecord.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.InMemoryGovernanceDirectory;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.meeting.MeetingCommand.AddAgendaItem;
import org.partnershiprecord.domain.meeting.MeetingCommand.ConfirmMinutes;
import org.partnershiprecord.domain.meeting.MeetingCommand.CorrectEntry;
import org.partnershiprecord.domain.meeting.MeetingCommand.HoldMeeting;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionMet;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordResolution;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.MinutesConfirmed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionMet;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;

class MeetingTest {

    static final PartnershipId OCC_CDC = PartnershipId.of("occ-cdc");
    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");

    // The Joint Shared Services and Personnel Committee, 2022: the paper does not give the date it sat.
    static final BodyId JSSPC = BodyId.of("jsspc");
    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final MeetingId JSSPC_2022 = MeetingId.of("jsspc-2022-jotwg-update");
    static final MeetingHeld JSSPC_SAT = new MeetingHeld(JSSPC_2022, JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE,
            List.of(OCC, CDC), null, JSSPC_NAME);
    static final String HOUSING_NOTED =
            "That it be noted that housing services had already been decoupled as a statutory services decision.";
    static final String PHASE_ONE = "That the direction of travel for services in phase one be endorsed: "
            + "ongoing partnership opportunity for Emergency Planning, Environmental Health and Climate Team, with "
            + "further work required on the Climate Team.";
    static final String PHASE_TWO = "That the direction of travel for services in phase two be endorsed: "
            + "ongoing partnership opportunity for procurement, internal audit and counter fraud; decoupling of Legal "
            + "Services, Democratic Services, Policy & Performance, Communications, Information Governance, FOI's "
            + "and, HR Training & Health and Safety.";
    static final String PHASE_THREE = "That the direction of travel for services in phase three be endorsed: an "
            + "ongoing partnership opportunity for IT Services; ongoing partnership opportunity, with further work "
            + "required for Property Services, Customer Services and Continuous Improvement.";
    /** The minutes' narrative said "phase two" a second time where it meant phase three. */
    static final String PHASE_THREE_AS_FIRST_WRITTEN = PHASE_THREE.replace("phase three", "phase two");
    static final ResolutionRecorded HOUSING_NOTED_RECORDED = new ResolutionRecorded(JSSPC_2022, JSSPC, JSSPC_NAME,
            null, null, "(1)", ResolutionAction.NOTE, HOUSING_NOTED, null, ConditionStatus.UNCONDITIONAL, null, null,
            null);

    // Oxfordshire County Council's Cabinet, 16 July 2019, item 18: Senior Joint Leadership Roles.
    static final BodyId OCC_CABINET = BodyId.of("occ-cabinet");
    static final MeetingId CABINET_16_JULY_2019 = MeetingId.of("occ-cabinet-2019-07-16");
    static final LocalDate JULY_16 = LocalDate.of(2019, 7, 16);
    static final MeetingHeld CABINET_SAT = new MeetingHeld(CABINET_16_JULY_2019, OCC_CABINET, "Cabinet",
            BodyKind.CABINET, List.of(OCC), JULY_16, "Cabinet");
    static final String ITEM_18 = "Senior Joint Leadership Roles - Oxfordshire County Council and Cherwell District "
            + "Council";
    static final AgendaItemAdded ITEM_18_ADDED = new AgendaItemAdded(CABINET_16_JULY_2019, "18", ITEM_18, null);
    static final String CDC_EXECUTIVE_ENDORSING =
            "Cherwell District Council Executive endorsing the proposals on 15 July 2019";
    static final String REQUEST_JSSPC = "To request the Joint Shared Services and Personnel Committee to convene as "
            + "soon as practicable to approve the proposed management structure and proceed with the recruitment and "
            + "appointment of the most suitable candidate.";
    /** The paper gives the report's recommendation 1(b) under item 18, not the minute number. */
    static final String MINUTE_18_1B = "18(1)(b)";
    static final DecisionRegisterDetails FORWARD_PLAN_2019_099 = DecisionRegisterDetails.forwardPlan("2019/099");
    static final ResolutionRecorded JSSPC_REQUESTED = new ResolutionRecorded(CABINET_16_JULY_2019, OCC_CABINET,
            "Cabinet", JULY_16, "18", MINUTE_18_1B, ResolutionAction.REQUEST, REQUEST_JSSPC, CDC_EXECUTIVE_ENDORSING,
            ConditionStatus.CONDITIONAL, JSSPC_NAME, null, FORWARD_PLAN_2019_099);
    static final LocalDate JULY_15 = LocalDate.of(2019, 7, 15);
    static final String CDC_ENDORSED = "Cherwell District Council Executive endorsed the proposals on 15 July 2019.";

    /** Illustrative: the seeds do not include the confirming minutes. */
    static final ResolutionRef CONFIRMED_AT_NEXT_CABINET = Minutes.resolved(OCC_CABINET, "Cabinet",
            LocalDate.of(2019, 9, 17), "1", "That the minutes of the meeting held on 16 July 2019 be confirmed as a "
                    + "correct record.");
    static final MinutesConfirmed CABINET_MINUTES_CONFIRMED =
            new MinutesConfirmed(CABINET_16_JULY_2019, CONFIRMED_AT_NEXT_CABINET);
    static final ResolutionRef JSSPC_CONFIRMS = Minutes.resolved(JSSPC, JSSPC_NAME, null, null,
            "That the minutes be confirmed as a correct record.");

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        InMemoryGovernanceDirectory directory = new InMemoryGovernanceDirectory().onAll(
                new BodyConstituted(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), OCC_CDC,
                        null, null),
                new BodyConstituted(OCC_CABINET, "Cabinet", BodyKind.CABINET, List.of(OCC), null, null, null));
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(directory);
    }

    // HoldMeeting

    @Test
    void theJointCommitteeSitsIn2022OnADateThePaperDoesNotGive() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(JSSPC_2022, JSSPC, null, JSSPC_NAME))
                .expectSuccessfulHandlerExecution()
                .expectEvents(JSSPC_SAT);
    }

    @Test
    void oxfordshireCabinetSitsOn16July2019UnderItsRecordedName() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(CABINET_16_JULY_2019, OCC_CABINET, JULY_16, "Cabinet"))
                .expectEvents(CABINET_SAT);
    }

    @Test
    void noMeetingOfABodyNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(JSSPC_2022, BodyId.of("cdc-executive"), JULY_15, "Executive"))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_BODY));
    }

    @Test
    void aMeetingHasATitle() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(JSSPC_2022, JSSPC, null, " "))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // AddAgendaItem

    @Test
    void addsItem18ToTheCabinetAgenda() {
        fixture.given(CABINET_SAT)
                .when(new AddAgendaItem(CABINET_16_JULY_2019, "18", ITEM_18, null))
                .expectEvents(ITEM_18_ADDED);
    }

    @Test
    void marksTheItemForExcludingThePressAndPublicExemptUnderParagraphsOneToFour() {
        Exemption paragraphsOneToFour = Exemption.of(1, 2, 3, 4);
        fixture.given(JSSPC_SAT)
                .when(new AddAgendaItem(JSSPC_2022, "9", "Exclusion of the Press and Public", paragraphsOneToFour))
                .expectEvents(new AgendaItemAdded(JSSPC_2022, "9", "Exclusion of the Press and Public",
                        paragraphsOneToFour));
    }

    @Test
    void anAgendaItemNumberIsUsedOnce() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED)
                .when(new AddAgendaItem(CABINET_16_JULY_2019, "18", "Another item", null))
                .expectNoEvents()
                .expectException(violates(RuleCode.AGENDA_ITEM_NUMBER_TAKEN));
    }

    @Test
    void noItemIsAddedOnceTheMinutesAreConfirmed() {
        fixture.given(CABINET_SAT, CABINET_MINUTES_CONFIRMED)
                .when(new AddAgendaItem(CABINET_16_JULY_2019, "19", "Late item", null))
                .expectNoEvents()
                .expectException(violates(RuleCode.MINUTES_ALREADY_CONFIRMED));
    }

    @Test
    void anExemptionReliesOnParagraphsOneToSevenOfSchedule12A() {
        assertThat(Exemption.of(3).paragraphs()).containsExactly(3);
        assertRefused(() -> Exemption.of(8), RuleCode.EXEMPT_PARAGRAPH_INVALID);
        assertRefused(() -> Exemption.of(0), RuleCode.EXEMPT_PARAGRAPH_INVALID);
        assertRefused(() -> Exemption.of(), RuleCode.EXEMPT_PARAGRAPH_INVALID);
        assertRefused(() -> new Exemption(null), RuleCode.EXEMPT_PARAGRAPH_INVALID);
        assertRefused(() -> new Exemption(Arrays.asList(1, null)), RuleCode.EXEMPT_PARAGRAPH_INVALID);
        assertRefused(() -> Exemption.of(3, 3), RuleCode.EXEMPT_PARAGRAPH_INVALID);
    }

    // RecordResolution

    @Test
    void theJointCommitteeNotesThatHousingHadAlreadyBeenDecoupled() {
        fixture.given(JSSPC_SAT)
                .when(new RecordResolution(JSSPC_2022, null, "(1)", ResolutionAction.NOTE, HOUSING_NOTED, null, null,
                        null, null))
                .expectEvents(HOUSING_NOTED_RECORDED);
    }

    @Test
    void theJointCommitteeEndorsesTheDirectionOfTravelForEachPhase() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new RecordResolution(JSSPC_2022, null, "(2)", ResolutionAction.ENDORSE, PHASE_ONE, null, null,
                        null, null))
                .expectEvents(endorsed("(2)", PHASE_ONE));
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED, endorsed("(2)", PHASE_ONE))
                .when(new RecordResolution(JSSPC_2022, null, "(3)", ResolutionAction.ENDORSE, PHASE_TWO, null, null,
                        null, null))
                .expectEvents(endorsed("(3)", PHASE_TWO));
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED, endorsed("(2)", PHASE_ONE), endorsed("(3)", PHASE_TWO))
                .when(new RecordResolution(JSSPC_2022, null, "(4)", ResolutionAction.ENDORSE, PHASE_THREE, null, null,
                        null, null))
                .expectEvents(endorsed("(4)", PHASE_THREE));
    }

    @Test
    void cabinetRequestsTheJointCommitteeSubjectToTheCherwellExecutiveEndorsingOn15July() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED)
                .when(new RecordResolution(CABINET_16_JULY_2019, "18", MINUTE_18_1B, ResolutionAction.REQUEST,
                        REQUEST_JSSPC, CDC_EXECUTIVE_ENDORSING, JSSPC_NAME, null, FORWARD_PLAN_2019_099))
                .expectEvents(JSSPC_REQUESTED);
    }

    @Test
    void aResolutionOnAnExemptItemIsExemptAsTheItemIs() {
        // illustrative item: the seeds minute no resolution on an exempt item
        Exemption paragraphThree = Exemption.of(3);
        AgendaItemAdded exemptItem = new AgendaItemAdded(CABINET_16_JULY_2019, "20", "Property disposal",
                paragraphThree);
        fixture.given(CABINET_SAT, exemptItem)
                .when(new RecordResolution(CABINET_16_JULY_2019, "20", "20", ResolutionAction.APPROVE, "Approved.",
                        null, null, null, null))
                .expectEvents(new ResolutionRecorded(CABINET_16_JULY_2019, OCC_CABINET, "Cabinet", JULY_16, "20",
                        "20", ResolutionAction.APPROVE, "Approved.", null, ConditionStatus.UNCONDITIONAL, null,
                        paragraphThree, null));
    }

    @Test
    void aResolutionsOwnExemptionPrevailsOverItsItems() {
        Exemption paragraphOne = Exemption.of(1);
        fixture.given(CABINET_SAT, new AgendaItemAdded(CABINET_16_JULY_2019, "20", "Property disposal",
                        Exemption.of(3)))
                .when(new RecordResolution(CABINET_16_JULY_2019, "20", "20", ResolutionAction.APPROVE, "Approved.",
                        null, null, paragraphOne, null))
                .expectEvents(new ResolutionRecorded(CABINET_16_JULY_2019, OCC_CABINET, "Cabinet", JULY_16, "20",
                        "20", ResolutionAction.APPROVE, "Approved.", null, ConditionStatus.UNCONDITIONAL, null,
                        paragraphOne, null));
    }

    @Test
    void aResolutionIsOnAnItemOfTheAgenda() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED)
                .when(new RecordResolution(CABINET_16_JULY_2019, "17", "17", ResolutionAction.NOTE, "Noted.", null,
                        null, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_AGENDA_ITEM));
    }

    @Test
    void aMinuteReferenceIsUsedOnceInAMeeting() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new RecordResolution(JSSPC_2022, null, "(1)", ResolutionAction.ENDORSE, PHASE_ONE, null, null,
                        null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.MINUTE_REFERENCE_TAKEN));
    }

    @Test
    void noResolutionIsAddedOnceTheMinutesAreConfirmed() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED, new MinutesConfirmed(JSSPC_2022, JSSPC_CONFIRMS))
                .when(new RecordResolution(JSSPC_2022, null, "(2)", ResolutionAction.ENDORSE, PHASE_ONE, null, null,
                        null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.MINUTES_ALREADY_CONFIRMED));
    }

    @Test
    void aResolutionSaysWhatWasResolved() {
        fixture.given(JSSPC_SAT)
                .when(new RecordResolution(JSSPC_2022, null, "(1)", ResolutionAction.NOTE, " ", null, null, null,
                        null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // RecordConditionMet and RecordConditionLapsed

    @Test
    void theCherwellExecutiveEndorsedOn15JulySoTheCabinetsConditionIsMet() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, CDC_ENDORSED))
                .expectEvents(new ResolutionConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, CDC_EXECUTIVE_ENDORSING,
                        JULY_15, CDC_ENDORSED, null));
    }

    @Test
    void aConditionIsRecordedAsMetEvenAfterTheMinutesAreConfirmed() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, CABINET_MINUTES_CONFIRMED)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, CDC_ENDORSED))
                .expectEvents(new ResolutionConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, CDC_EXECUTIVE_ENDORSING,
                        JULY_15, CDC_ENDORSED, null));
    }

    @Test
    void aConditionLapsesWhenTheOtherBodyDoesNotEndorse() {
        String reason = "The Cherwell District Council Executive did not endorse the proposals on 15 July 2019.";
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, CABINET_MINUTES_CONFIRMED)
                .when(new RecordConditionLapsed(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_16, reason))
                .expectEvents(new ResolutionConditionLapsed(CABINET_16_JULY_2019, MINUTE_18_1B,
                        CDC_EXECUTIVE_ENDORSING, JULY_16, reason, null));
    }

    @Test
    void noConditionIsMetForAResolutionNotRecorded() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, "18(1)(c)", JULY_15, CDC_ENDORSED))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_RESOLUTION));
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new RecordConditionLapsed(CABINET_16_JULY_2019, "18(1)(c)", JULY_15, "No endorsement"))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_RESOLUTION));
    }

    @Test
    void anUnconditionalResolutionHasNoConditionToMeetOrLapse() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new RecordConditionMet(JSSPC_2022, "(1)", JULY_15, "Evidence"))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_NOT_CONDITIONAL));
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new RecordConditionLapsed(JSSPC_2022, "(1)", JULY_15, "Reason"))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_NOT_CONDITIONAL));
    }

    @Test
    void aConditionIsSettledOnce() {
        ResolutionConditionMet met = new ResolutionConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B,
                CDC_EXECUTIVE_ENDORSING, JULY_15, CDC_ENDORSED, null);
        ResolutionConditionLapsed lapsed = new ResolutionConditionLapsed(CABINET_16_JULY_2019, MINUTE_18_1B,
                CDC_EXECUTIVE_ENDORSING, JULY_16, "Not endorsed", null);
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, met)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, CDC_ENDORSED))
                .expectNoEvents()
                .expectException(violates(RuleCode.CONDITION_ALREADY_SETTLED));
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, met)
                .when(new RecordConditionLapsed(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_16, "Not endorsed"))
                .expectNoEvents()
                .expectException(violates(RuleCode.CONDITION_ALREADY_SETTLED));
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, lapsed)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, CDC_ENDORSED))
                .expectNoEvents()
                .expectException(violates(RuleCode.CONDITION_ALREADY_SETTLED));
    }

    @Test
    void aMetConditionSaysWhenAndOnWhatEvidence() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, null, CDC_ENDORSED))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, " "))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // ConfirmMinutes

    @Test
    void theMinutesAreConfirmedAsACorrectRecordAtTheNextSitting() {
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new ConfirmMinutes(CABINET_16_JULY_2019, CONFIRMED_AT_NEXT_CABINET))
                .expectEvents(CABINET_MINUTES_CONFIRMED);
    }

    @Test
    void minutesAreConfirmedOnce() {
        fixture.given(CABINET_SAT, CABINET_MINUTES_CONFIRMED)
                .when(new ConfirmMinutes(CABINET_16_JULY_2019, CONFIRMED_AT_NEXT_CABINET))
                .expectNoEvents()
                .expectException(violates(RuleCode.MINUTES_ALREADY_CONFIRMED));
    }

    @Test
    void minutesAreNotConfirmedBeforeTheMeetingTookPlace() {
        ResolutionRef tooEarly = Minutes.resolved(OCC_CABINET, "Cabinet", LocalDate.of(2019, 6, 18), "1",
                "That the minutes be confirmed as a correct record.");
        fixture.given(CABINET_SAT)
                .when(new ConfirmMinutes(CABINET_16_JULY_2019, tooEarly))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void aConfirmationSaysWhoConfirmed() {
        fixture.given(CABINET_SAT)
                .when(new ConfirmMinutes(CABINET_16_JULY_2019, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // CorrectEntry

    @Test
    void aMinuteThatSaidPhaseTwoIsCorrectedToPhaseThreeAfterConfirmation() {
        String reason = "The minute said phase two where the committee endorsed phase three.";
        fixture.given(JSSPC_SAT, endorsed("(4)", PHASE_THREE_AS_FIRST_WRITTEN),
                        new MinutesConfirmed(JSSPC_2022, JSSPC_CONFIRMS))
                .when(new CorrectEntry(JSSPC_2022, "(4)", "wording", PHASE_THREE, reason))
                .expectEvents(new EntryCorrected(JSSPC_2022, "(4)", "wording", PHASE_THREE_AS_FIRST_WRITTEN,
                        PHASE_THREE, reason, null, ConditionStatus.UNCONDITIONAL));
    }

    @Test
    void aCorrectedMinuteReferenceIsHowTheResolutionIsFoundFromThenOn() {
        EntryCorrected renumbered = new EntryCorrected(CABINET_16_JULY_2019, MINUTE_18_1B, "minuteReference",
                MINUTE_18_1B, "18/2", "The clerk's minute number.", null, ConditionStatus.CONDITIONAL);
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new CorrectEntry(CABINET_16_JULY_2019, MINUTE_18_1B, "minuteReference", "18/2",
                        "The clerk's minute number."))
                .expectEvents(renumbered);
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, renumbered)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, "18/2", JULY_15, CDC_ENDORSED))
                .expectEvents(new ResolutionConditionMet(CABINET_16_JULY_2019, "18/2", CDC_EXECUTIVE_ENDORSING,
                        JULY_15, CDC_ENDORSED, null));
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, renumbered)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, CDC_ENDORSED))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_RESOLUTION));
    }

    @Test
    void aMinuteReferenceIsNotCorrectedToOneAlreadyUsed() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED, endorsed("(2)", PHASE_ONE))
                .when(new CorrectEntry(JSSPC_2022, "(2)", "minuteReference", "(1)", "Renumbered"))
                .expectNoEvents()
                .expectException(violates(RuleCode.MINUTE_REFERENCE_TAKEN));
    }

    @Test
    void aResolutionIsMovedToTheRightAgendaItem() {
        AgendaItemAdded item17 = new AgendaItemAdded(CABINET_16_JULY_2019, "17", "Another item", null);
        fixture.given(CABINET_SAT, item17, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new CorrectEntry(CABINET_16_JULY_2019, MINUTE_18_1B, "itemNumber", "17", "Wrong item"))
                .expectEvents(new EntryCorrected(CABINET_16_JULY_2019, MINUTE_18_1B, "itemNumber", "18", "17",
                        "Wrong item", null, ConditionStatus.CONDITIONAL));
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new CorrectEntry(CABINET_16_JULY_2019, MINUTE_18_1B, "itemNumber", "19", "Wrong item"))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_AGENDA_ITEM));
    }

    @Test
    void removingTheConditionMakesTheResolutionUnconditional() {
        EntryCorrected conditionRemoved = new EntryCorrected(CABINET_16_JULY_2019, MINUTE_18_1B, "subjectTo",
                CDC_EXECUTIVE_ENDORSING, null, "Resolved without condition.", null, ConditionStatus.UNCONDITIONAL);
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED)
                .when(new CorrectEntry(CABINET_16_JULY_2019, MINUTE_18_1B, "subjectTo", null,
                        "Resolved without condition."))
                .expectEvents(conditionRemoved);
        fixture.given(CABINET_SAT, ITEM_18_ADDED, JSSPC_REQUESTED, conditionRemoved)
                .when(new RecordConditionMet(CABINET_16_JULY_2019, MINUTE_18_1B, JULY_15, CDC_ENDORSED))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_NOT_CONDITIONAL));
    }

    @Test
    void addingAnOmittedConditionMakesTheResolutionConditional() {
        EntryCorrected conditionAdded = new EntryCorrected(JSSPC_2022, "(1)", "subjectTo", null,
                "Cherwell District Council Executive agreeing", "The condition was omitted.", null,
                ConditionStatus.CONDITIONAL);
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new CorrectEntry(JSSPC_2022, "(1)", "subjectTo", "Cherwell District Council Executive agreeing",
                        "The condition was omitted."))
                .expectEvents(conditionAdded);
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED, conditionAdded)
                .when(new RecordConditionMet(JSSPC_2022, "(1)", JULY_15, "Agreed"))
                .expectEvents(new ResolutionConditionMet(JSSPC_2022, "(1)",
                        "Cherwell District Council Executive agreeing", JULY_15, "Agreed", null));
    }

    @Test
    void onlyTheMinuteReferenceWordingItemAndConditionCanBeCorrected() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new CorrectEntry(JSSPC_2022, "(1)", "action", "ENDORSE", "Wrong action"))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void aCorrectionChangesSomething() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new CorrectEntry(JSSPC_2022, "(1)", "wording", HOUSING_NOTED, "Retyped"))
                .expectNoEvents()
                .expectException(violates(RuleCode.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void onlyARecordedResolutionIsCorrected() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new CorrectEntry(JSSPC_2022, "(5)", "wording", PHASE_ONE, "Missing"))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_RESOLUTION));
    }

    @Test
    void aCorrectionGivesItsReason() {
        fixture.given(JSSPC_SAT, HOUSING_NOTED_RECORDED)
                .when(new CorrectEntry(JSSPC_2022, "(1)", "wording", PHASE_ONE, " "))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    private static ResolutionRecorded endorsed(String minuteReference, String wording) {
        return new ResolutionRecorded(JSSPC_2022, JSSPC, JSSPC_NAME, null, null, minuteReference,
                ResolutionAction.ENDORSE, wording, null, ConditionStatus.UNCONDITIONAL, null, null, null);
    }

    private static void assertRefused(Runnable construction, RuleCode code) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
    }
}
