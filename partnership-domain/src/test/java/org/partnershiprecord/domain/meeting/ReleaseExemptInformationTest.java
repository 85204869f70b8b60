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
import org.partnershiprecord.domain.meeting.MeetingCommand.ReleaseExemptInformation;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.ExemptInformationReleased;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;

/** Exempt information (Schedule 12A) is published only by a recorded decision, once. */
class ReleaseExemptInformationTest {

    static final MeetingId MEETING = MeetingId.of("jsspc-2022");
    static final BodyId JSSPC = BodyId.of("jsspc");
    static final MeetingHeld HELD = new MeetingHeld(MEETING, JSSPC, "JSSPC", BodyKind.JOINT_COMMITTEE,
            List.of(AuthorityCode.of("OCC"), AuthorityCode.of("CDC")), LocalDate.of(2022, 3, 15), "JSSPC");
    static final Exemption PARAGRAPHS_1_TO_4 = Exemption.of(1, 2, 3, 4);
    static final AgendaItemAdded EXEMPT_ITEM = new AgendaItemAdded(MEETING, "9", "Exclusion of press and public",
            PARAGRAPHS_1_TO_4);
    static final AgendaItemAdded OPEN_ITEM = new AgendaItemAdded(MEETING, "4", "JOTWG update", null);
    static final ResolutionRecorded EXEMPT_MINUTE = new ResolutionRecorded(MEETING, JSSPC, "JSSPC",
            LocalDate.of(2022, 3, 15), "9", "9(1)", ResolutionAction.APPROVE, "Staffing matter", null,
            ConditionStatus.UNCONDITIONAL, null, PARAGRAPHS_1_TO_4, null);
    static final LocalDate RELEASED_ON = LocalDate.of(2023, 3, 15);
    static final ResolutionRef DECISION = Minutes.resolved(JSSPC, "JSSPC", RELEASED_ON, "12",
            "That the information in minute 9(1) be published, the reasons for exemption having lapsed.");

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    @Test
    void anExemptMinuteIsReleasedByARecordedDecision() {
        fixture.given(HELD, EXEMPT_ITEM, EXEMPT_MINUTE)
                .when(new ReleaseExemptInformation(MEETING, null, "9(1)", null, RELEASED_ON, DECISION))
                .expectEvents(new ExemptInformationReleased(MEETING, null, "9(1)", null, PARAGRAPHS_1_TO_4, RELEASED_ON,
                        DECISION));
    }

    @Test
    void anExemptItemIsReleasedByARecordedDecision() {
        fixture.given(HELD, EXEMPT_ITEM)
                .when(new ReleaseExemptInformation(MEETING, "9", null, null, RELEASED_ON, DECISION))
                .expectEvents(new ExemptInformationReleased(MEETING, "9", null, null, PARAGRAPHS_1_TO_4, RELEASED_ON, DECISION));
    }

    @Test
    void cannotReleaseWhatIsNotExempt() {
        fixture.given(HELD, OPEN_ITEM)
                .when(new ReleaseExemptInformation(MEETING, "4", null, null, RELEASED_ON, DECISION))
                .expectNoEvents()
                .expectException(violates(RuleCode.NOT_EXEMPT));
    }

    @Test
    void cannotReleaseTwice() {
        fixture.given(HELD, EXEMPT_ITEM, EXEMPT_MINUTE,
                        new ExemptInformationReleased(MEETING, null, "9(1)", null, PARAGRAPHS_1_TO_4, RELEASED_ON, DECISION))
                .when(new ReleaseExemptInformation(MEETING, null, "9(1)", null, RELEASED_ON, DECISION))
                .expectNoEvents()
                .expectException(violates(RuleCode.ALREADY_RELEASED));
    }

    @Test
    void namesEitherTheItemOrTheMinute() {
        fixture.given(HELD, EXEMPT_ITEM, EXEMPT_MINUTE)
                .when(new ReleaseExemptInformation(MEETING, "9", "9(1)", null, RELEASED_ON, DECISION))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void cannotReleaseAnUnknownItemOrMinute() {
        fixture.given(HELD, EXEMPT_ITEM)
                .when(new ReleaseExemptInformation(MEETING, "99", null, null, RELEASED_ON, DECISION))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_AGENDA_ITEM));
        fixture.given(HELD, EXEMPT_ITEM)
                .when(new ReleaseExemptInformation(MEETING, null, "99(1)", null, RELEASED_ON, DECISION))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_RESOLUTION));
    }

    @Test
    void anAppendixIsRecordedExemptAsItsItemIsAndReleasedByDecision() {
        fixture.given(HELD, EXEMPT_ITEM)
                .when(new MeetingCommand.ReferenceDocument(MEETING, "9", "appendix-3", "Confidential note", null))
                .expectEvents(new MeetingEvent.DocumentReferenced(MEETING, "9", "appendix-3", "Confidential note",
                        PARAGRAPHS_1_TO_4));
        fixture.given(HELD, EXEMPT_ITEM, new MeetingEvent.DocumentReferenced(MEETING, "9", "appendix-3",
                        "Confidential note", PARAGRAPHS_1_TO_4))
                .when(new ReleaseExemptInformation(MEETING, null, null, "appendix-3", RELEASED_ON, DECISION))
                .expectEvents(new ExemptInformationReleased(MEETING, null, null, "appendix-3", PARAGRAPHS_1_TO_4,
                        RELEASED_ON, DECISION));
    }

    @Test
    void aDocumentReferenceIsUsedOnce() {
        fixture.given(HELD, OPEN_ITEM, new MeetingEvent.DocumentReferenced(MEETING, "4", "report", "Report", null))
                .when(new MeetingCommand.ReferenceDocument(MEETING, "4", "report", "Another", null))
                .expectNoEvents()
                .expectException(violates(RuleCode.DOCUMENT_REFERENCE_TAKEN));
        fixture.given(HELD)
                .when(new MeetingCommand.ReferenceDocument(MEETING, "99", "report", "Report", null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_AGENDA_ITEM));
    }
}
