package org.partnershiprecord.domain.meeting;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Facts recorded about a meeting: its sitting, agenda, resolutions, confirmation, corrections and rescissions. */
public sealed interface MeetingEvent {

    MeetingId meetingId();

    /** The body's name, kind and authorities as recorded when it sat; {@code date} is null when not stated. */
    @Revision("1")
    record MeetingHeld(MeetingId meetingId, BodyId bodyId, String bodyName, BodyKind bodyKind,
                       List<AuthorityCode> authorities, LocalDate date, String title) implements MeetingEvent {
    }

    @Revision("1")
    record AgendaItemAdded(MeetingId meetingId, String itemNumber, String title, Exemption exemption)
            implements MeetingEvent {
    }

    /**
     * One entry of the decision register. {@code exemption} is the one that applies (the resolution's own, or
     * else its item's); {@code conditionStatus} is CONDITIONAL exactly when {@code subjectTo} is stated.
     */
    @Revision("1")
    record ResolutionRecorded(MeetingId meetingId, BodyId bodyId, String bodyName, LocalDate meetingDate,
                              String itemNumber, String minuteReference, ResolutionAction action, String wording,
                              String subjectTo, ConditionStatus conditionStatus, String recommendedTo,
                              Exemption exemption, DecisionRegisterDetails details) implements MeetingEvent {
    }

    @Revision("1")
    record ResolutionConditionMet(MeetingId meetingId, String minuteReference, String subjectTo, LocalDate metOn,
                                  String evidence, Exemption exemption) implements MeetingEvent {
    }

    @Revision("1")
    record ResolutionConditionLapsed(MeetingId meetingId, String minuteReference, String subjectTo,
                                     LocalDate lapsedOn, String reason, Exemption exemption) implements MeetingEvent {
    }

    @Revision("1")
    record MinutesConfirmed(MeetingId meetingId, ResolutionRef confirmedBy) implements MeetingEvent {
    }

    /**
     * A field of the resolution filed under {@code minuteReference} was corrected; both values are kept.
     * A corrected {@code minuteReference} becomes the resolution's reference from then on. Correcting
     * {@code subjectTo} to null makes the resolution unconditional; giving a condition to an unconditional
     * resolution makes it conditional; rewording a condition leaves its status as it was. Events about an
     * exempt resolution carry its {@code exemption}, so every read path can withhold them alike.
     * {@code conditionStatus} is the resolution's status after the correction, decided here so views copy it.
     */
    @Revision("1")
    record EntryCorrected(MeetingId meetingId, String minuteReference, String field, String originalValue,
                          String correctedValue, String reason, Exemption exemption,
                          ConditionStatus conditionStatus) implements MeetingEvent {
    }

    /**
     * The resolution filed under {@code minuteReference} was rescinded by a later {@code resolution} of the body
     * that passed it. Nothing is removed: the resolution stays in the record, marked rescinded. {@code itemNumber},
     * {@code meetingDate} and {@code wording} are the rescinded resolution's as they stood when it was rescinded;
     * {@code reason} is null when not stated. The rescinding resolution is named {@code resolution}, as on every event
     * a resolution authorises, so the audit trail and the decision register show who rescinded it. The rescission of
     * an exempt resolution carries its {@code exemption}.
     */
    @Revision("1")
    record ResolutionRescinded(MeetingId meetingId, String itemNumber, String minuteReference, LocalDate meetingDate,
                               String wording, ResolutionRef resolution, String reason, Exemption exemption)
            implements MeetingEvent {
    }

    /** Exempt information made public by a recorded decision; the exemption it had is kept for the record. */
    @Revision("1")
    record ExemptInformationReleased(MeetingId meetingId, String itemNumber, String minuteReference,
                                     String documentReference, Exemption exemption, java.time.LocalDate releasedOn,
                                     org.partnershiprecord.domain.common.ResolutionRef resolution)
            implements MeetingEvent {
    }

    /** A document before the meeting; {@code exemption} is its own or, failing that, its item's. */
    @Revision("1")
    record DocumentReferenced(MeetingId meetingId, String itemNumber, String documentReference, String title,
                              Exemption exemption) implements MeetingEvent {
    }
}
