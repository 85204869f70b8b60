package org.partnershiprecord.projections.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.programme.Arrangement;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceArrangementDecided;

/** The date a decision was taken, as the as-at views read it from any event. */
class EventFactsTest {

    private static final LocalDate SITTING = LocalDate.of(2022, 3, 15);
    private static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 1);

    @Test
    void theResolutionsDateCountsNotTheDateTheDecisionTakesEffect() {
        assertThat(EventFacts.decidedOn(arrangement(SITTING))).contains(SITTING);
    }

    @Test
    void aResolutionOfUnstatedDateFallsBackToNothingButTheStepsOwnDate() {
        assertThat(EventFacts.decidedOn(arrangement(null))).as("effectiveFrom is not a decision date").isEmpty();
    }

    @Test
    void withoutAResolutionTheDayTheStepHappenedCounts() {
        MeetingHeld held = new MeetingHeld(MeetingId.of("jsspc-2022-03-15"), BodyId.of("jsspc"), "JSSPC",
                BodyKind.values()[0], List.of(), SITTING, "Joint Shared Services and Personnel Committee");
        assertThat(EventFacts.decidedOn(held)).contains(SITTING);
    }

    @Test
    void undatedFactsHaveNoDecisionDate() {
        assertThat(EventFacts.decidedOn(new AgendaItemAdded(MeetingId.of("m"), "4", "JOTWG update", null))).isEmpty();
    }

    private static ServiceArrangementDecided arrangement(LocalDate decidedOn) {
        return new ServiceArrangementDecided(ProgrammeId.of("occ-cdc-separation-2022"), "housing", "Housing",
                Arrangement.values()[0], SEPTEMBER, null, false, null,
                new ResolutionRef(BodyId.of("jsspc"), "JSSPC", decidedOn, "(1)", "Decided.", null));
    }
}
