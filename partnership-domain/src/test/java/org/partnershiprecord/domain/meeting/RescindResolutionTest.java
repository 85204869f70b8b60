package org.partnershiprecord.domain.meeting;

import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.meeting.MeetingCommand.CorrectEntry;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionMet;
import org.partnershiprecord.domain.meeting.MeetingCommand.ReleaseExemptInformation;
import org.partnershiprecord.domain.meeting.MeetingCommand.RescindResolution;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.ExemptInformationReleased;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.MinutesConfirmed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRescinded;

/**
 * A resolution is rescinded by a later resolution of the body that passed it, once, and stays in the record. The
 * seeds rescind nothing: every rescission here is HYPOTHETICAL, on the JSSPC sitting of the 2022 update (dated 15
 * March 2022 as the API tests date it).
 */
class RescindResolutionTest {

    static final MeetingId MEETING = MeetingId.of("jsspc-2022-03-15");
    static final BodyId JSSPC = BodyId.of("jsspc");
    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final LocalDate MARCH_15 = LocalDate.of(2022, 3, 15);
    static final LocalDate JUNE_14 = LocalDate.of(2022, 6, 14);
    static final MeetingHeld HELD = new MeetingHeld(MEETING, JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE,
            List.of(AuthorityCode.of("OCC"), AuthorityCode.of("CDC")), MARCH_15, "JOTWG update");
    static final String PHASE_TWO = "That the direction of travel for services in phase two be endorsed.";
    static final ResolutionRecorded PHASE_TWO_ENDORSED = new ResolutionRecorded(MEETING, JSSPC, JSSPC_NAME, MARCH_15,
            null, "(3)", ResolutionAction.ENDORSE, PHASE_TWO, null, ConditionStatus.UNCONDITIONAL, null, null, null);
    static final String RESCINDING = "HYPOTHETICAL: That resolution (3) of 15 March 2022 be rescinded, the phase two"
            + " services to be reconsidered with phase three.";
    static final ResolutionRef RESCINDED_IN_JUNE = Minutes.resolved(JSSPC, JSSPC_NAME, JUNE_14, "(6)", RESCINDING);
    static final String REASON = "The Cherwell Executive asked for phase two to be reconsidered.";
    static final ResolutionRescinded PHASE_TWO_RESCINDED = new ResolutionRescinded(MEETING, null, "(3)", MARCH_15,
            PHASE_TWO, RESCINDED_IN_JUNE, REASON, null);

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    @Test
    void theCommitteeRescindsItsEndorsementAtALaterSittingAndTheResolutionStaysInTheRecord() {
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", RESCINDED_IN_JUNE, REASON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(PHASE_TWO_RESCINDED);
    }

    @Test
    void aRescissionNeedGiveNoReasonBeyondTheRescindingResolution() {
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", RESCINDED_IN_JUNE, " "))
                .expectEvents(new ResolutionRescinded(MEETING, null, "(3)", MARCH_15, PHASE_TWO, RESCINDED_IN_JUNE,
                        null, null));
    }

    @Test
    void aResolutionIsRescindedAtTheSameSittingByAnotherMinute() {
        ResolutionRef sameSitting = Minutes.resolved(JSSPC, JSSPC_NAME, MARCH_15, "(5)",
                "HYPOTHETICAL: That resolution (3) be rescinded.");
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", sameSitting, null))
                .expectEvents(new ResolutionRescinded(MEETING, null, "(3)", MARCH_15, PHASE_TWO, sameSitting, null,
                        null));
    }

    @Test
    void theRescissionOfAnExemptResolutionCarriesItsExemptionAndItsItem() {
        Exemption paragraphsOneToFour = Exemption.of(1, 2, 3, 4);
        AgendaItemAdded exemptItem = new AgendaItemAdded(MEETING, "9", "Exclusion of the press and public",
                paragraphsOneToFour);
        ResolutionRecorded exempt = new ResolutionRecorded(MEETING, JSSPC, JSSPC_NAME, MARCH_15, "9", "9(1)",
                ResolutionAction.APPROVE, "Staffing matter", null, ConditionStatus.UNCONDITIONAL, null,
                paragraphsOneToFour, null);
        fixture.given(HELD, exemptItem, exempt)
                .when(new RescindResolution(MEETING, "9(1)", RESCINDED_IN_JUNE, REASON))
                .expectEvents(new ResolutionRescinded(MEETING, "9", "9(1)", MARCH_15, "Staffing matter",
                        RESCINDED_IN_JUNE, REASON, paragraphsOneToFour));
    }

    @Test
    void confirmedMinutesStillHaveTheirResolutionsRescinded() {
        MinutesConfirmed confirmed = new MinutesConfirmed(MEETING, Minutes.resolved(JSSPC, JSSPC_NAME,
                LocalDate.of(2022, 4, 12), "1", "That the minutes be confirmed as a correct record."));
        fixture.given(HELD, PHASE_TWO_ENDORSED, confirmed)
                .when(new RescindResolution(MEETING, "(3)", RESCINDED_IN_JUNE, REASON))
                .expectEvents(PHASE_TWO_RESCINDED);
    }

    @Test
    void aSittingWhoseDateIsNotStatedHasItsResolutionRescindedOnAStatedDate() {
        MeetingHeld undated = new MeetingHeld(MEETING, JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE,
                List.of(AuthorityCode.of("OCC"), AuthorityCode.of("CDC")), null, "JOTWG update");
        ResolutionRecorded endorsed = new ResolutionRecorded(MEETING, JSSPC, JSSPC_NAME, null, null, "(3)",
                ResolutionAction.ENDORSE, PHASE_TWO, null, ConditionStatus.UNCONDITIONAL, null, null, null);
        fixture.given(undated, endorsed)
                .when(new RescindResolution(MEETING, "(3)", RESCINDED_IN_JUNE, REASON))
                .expectEvents(new ResolutionRescinded(MEETING, null, "(3)", null, PHASE_TWO, RESCINDED_IN_JUNE, REASON,
                        null));
    }

    // refusals

    @Test
    void onlyARecordedResolutionIsRescinded() {
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(4)", RESCINDED_IN_JUNE, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_RESOLUTION));
    }

    @Test
    void aResolutionIsRescindedOnce() {
        ResolutionRef again = Minutes.resolved(JSSPC, JSSPC_NAME, LocalDate.of(2022, 7, 12), "(2)",
                "HYPOTHETICAL: That resolution (3) of 15 March 2022 be rescinded.");
        fixture.given(HELD, PHASE_TWO_ENDORSED, PHASE_TWO_RESCINDED)
                .when(new RescindResolution(MEETING, "(3)", again, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_RESCINDED));
    }

    @Test
    void noResolutionIsRescindedByOneDatedBeforeItWasPassed() {
        ResolutionRef february = Minutes.resolved(JSSPC, JSSPC_NAME, LocalDate.of(2022, 2, 15), "(6)", RESCINDING);
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", february, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESCISSION_BEFORE_RESOLUTION));
    }

    @Test
    void onlyTheBodyThatPassedAResolutionCanRescindIt() {
        ResolutionRef byTheCabinet = Minutes.resolved(BodyId.of("occ-cabinet"), "Cabinet", JUNE_14, "12",
                "HYPOTHETICAL: That the JSSPC's endorsement of phase two be rescinded.");
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", byTheCabinet, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESCISSION_NEEDS_RESOLVING_BODY));
        ResolutionRef byAFullCouncil = Minutes.resolved(BodyId.of("cdc-council"), "Council", JUNE_14, "40",
                "HYPOTHETICAL: That the JSSPC's endorsement of phase two be rescinded.");
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", byAFullCouncil, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESCISSION_NEEDS_RESOLVING_BODY));
    }

    @Test
    void aRescissionStatesTheRescindingBodyAndTheDateItDecided() {
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", Minutes.notStated(RESCINDING), REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", Minutes.resolved(JSSPC, JSSPC_NAME, null, "(6)",
                        RESCINDING), REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
    }

    @Test
    void aRescissionNamesTheMinuteAndTheResolutionRescindingIt() {
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", null, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, " ", RESCINDED_IN_JUNE, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void aResolutionDoesNotRescindItself() {
        ResolutionRef itself = Minutes.resolved(JSSPC, JSSPC_NAME, MARCH_15, "(3)", PHASE_TWO);
        fixture.given(HELD, PHASE_TWO_ENDORSED)
                .when(new RescindResolution(MEETING, "(3)", itself, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // what may follow a rescission

    @Test
    void theConditionOfARescindedResolutionIsNeitherMetNorLapsed() {
        String condition = "Cherwell District Council Executive endorsing the proposals";
        ResolutionRecorded conditional = new ResolutionRecorded(MEETING, JSSPC, JSSPC_NAME, MARCH_15, null, "(3)",
                ResolutionAction.ENDORSE, PHASE_TWO, condition, ConditionStatus.CONDITIONAL, null, null, null);
        fixture.given(HELD, conditional, PHASE_TWO_RESCINDED)
                .when(new RecordConditionMet(MEETING, "(3)", JUNE_14, "Endorsed"))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_RESCINDED));
        fixture.given(HELD, conditional, PHASE_TWO_RESCINDED)
                .when(new RecordConditionLapsed(MEETING, "(3)", JUNE_14, "Not endorsed"))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_RESCINDED));
    }

    @Test
    void whatWasRecordedOfARescindedResolutionCanStillBeCorrectedAndTheRescissionFollowsItsNewReference() {
        String reason = "HYPOTHETICAL: the clerk's minute number is 3(a).";
        EntryCorrected renumbered = new EntryCorrected(MEETING, "(3)", "minuteReference", "(3)", "3(a)", reason, null,
                ConditionStatus.UNCONDITIONAL);
        fixture.given(HELD, PHASE_TWO_ENDORSED, PHASE_TWO_RESCINDED)
                .when(new CorrectEntry(MEETING, "(3)", "minuteReference", "3(a)", reason))
                .expectEvents(renumbered);
        fixture.given(HELD, PHASE_TWO_ENDORSED, PHASE_TWO_RESCINDED, renumbered)
                .when(new RescindResolution(MEETING, "3(a)", RESCINDED_IN_JUNE, REASON))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLUTION_RESCINDED));
    }

    @Test
    void theExemptInformationOfARescindedResolutionCanStillBeReleased() {
        Exemption paragraphThree = Exemption.of(3);
        ResolutionRecorded exempt = new ResolutionRecorded(MEETING, JSSPC, JSSPC_NAME, MARCH_15, null, "(7)",
                ResolutionAction.APPROVE, "Property disposal", null, ConditionStatus.UNCONDITIONAL, null,
                paragraphThree, null);
        ResolutionRescinded rescinded = new ResolutionRescinded(MEETING, null, "(7)", MARCH_15, "Property disposal",
                RESCINDED_IN_JUNE, null, paragraphThree);
        ResolutionRef release = Minutes.resolved(JSSPC, JSSPC_NAME, LocalDate.of(2023, 3, 15), "(4)",
                "HYPOTHETICAL: That the information in minute (7) be published.");
        fixture.given(HELD, exempt, rescinded)
                .when(new ReleaseExemptInformation(MEETING, null, "(7)", null, LocalDate.of(2023, 3, 15), release))
                .expectEvents(new ExemptInformationReleased(MEETING, null, "(7)", null, paragraphThree,
                        LocalDate.of(2023, 3, 15), release));
    }
}
