package org.partnershiprecord.domain.meeting;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Commands to the Meeting aggregate. */
public sealed interface MeetingCommand {

    MeetingId meetingId();

    /** A body sits. {@code date} is null when the paper does not state it. */
    record HoldMeeting(@TargetAggregateIdentifier MeetingId meetingId, BodyId bodyId, LocalDate date, String title)
            implements MeetingCommand {
    }

    /** {@code exemption} is null for an item taken in public. */
    record AddAgendaItem(@TargetAggregateIdentifier MeetingId meetingId, String itemNumber, String title,
                         Exemption exemption) implements MeetingCommand {
    }

    /**
     * Records what the body resolved under a minute reference. {@code itemNumber}, {@code subjectTo} (the
     * condition, e.g. another body's endorsement), {@code recommendedTo} (the body a recommendation or request
     * is addressed to), {@code exemption} and {@code details} are null when not stated; a resolution on an
     * exempt item without an exemption of its own is exempt as its item is.
     */
    record RecordResolution(@TargetAggregateIdentifier MeetingId meetingId, String itemNumber, String minuteReference,
                            ResolutionAction action, String wording, String subjectTo, String recommendedTo,
                            Exemption exemption, DecisionRegisterDetails details) implements MeetingCommand {
    }

    record RecordConditionMet(@TargetAggregateIdentifier MeetingId meetingId, String minuteReference, LocalDate metOn,
                              String evidence) implements MeetingCommand {
    }

    record RecordConditionLapsed(@TargetAggregateIdentifier MeetingId meetingId, String minuteReference,
                                 LocalDate lapsedOn, String reason) implements MeetingCommand {
    }

    /** The minutes are confirmed as a correct record, by the resolution of a later sitting. */
    record ConfirmMinutes(@TargetAggregateIdentifier MeetingId meetingId, ResolutionRef confirmedBy)
            implements MeetingCommand {
    }

    /**
     * Corrects one field of a recorded resolution: {@code minuteReference}, {@code wording}, {@code itemNumber}
     * or {@code subjectTo}. The original stays in the record; the correction is recorded beside it.
     */
    record CorrectEntry(@TargetAggregateIdentifier MeetingId meetingId, String minuteReference, String field,
                        String correctedValue, String reason) implements MeetingCommand {
    }

    /**
     * The body rescinds the resolution it minuted under {@code minuteReference}, by a later resolution
     * {@code rescindedBy}, whose body and date must be stated. {@code reason} is null when the paper gives none
     * beyond the rescinding resolution's own wording. The rescinded resolution stays in the record, marked.
     */
    record RescindResolution(@TargetAggregateIdentifier MeetingId meetingId, String minuteReference,
                             ResolutionRef rescindedBy, String reason) implements MeetingCommand {
    }

    /**
     * A recorded decision to publish exempt information: an agenda item (and the resolutions that
     * inherit its exemption), one resolution, or one document. Give exactly one of {@code itemNumber},
     * {@code minuteReference} and {@code documentReference}.
     */
    record ReleaseExemptInformation(@TargetAggregateIdentifier MeetingId meetingId, String itemNumber,
                                    String minuteReference, String documentReference, java.time.LocalDate releasedOn,
                                    org.partnershiprecord.domain.common.ResolutionRef resolution)
            implements MeetingCommand {
    }

    /**
     * A document before the meeting (a report, an appendix, a background paper), under an agenda item
     * or none; exempt when it has its own exemption or its item is exempt.
     */
    record ReferenceDocument(@TargetAggregateIdentifier MeetingId meetingId, String itemNumber, String documentReference,
                             String title, Exemption exemption) implements MeetingCommand {
    }
}
