package org.partnershiprecord.domain.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.GovernanceDirectory.BodyFacts;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.MeetingId;
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
import org.partnershiprecord.domain.meeting.MeetingCommand.RescindResolution;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.MinutesConfirmed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionMet;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRescinded;

/**
 * A body's sitting: its agenda (some items exempt under Schedule 12A), the resolutions it minuted,
 * whether a condition each hangs on was met or lapsed, the confirmation of the minutes as a correct
 * record, later corrections, and the rescission of a resolution by a later resolution of the same body.
 * Nothing recorded is rewritten: a correction and a rescission are facts of their own.
 */
public class Meeting {

    private static final String MINUTE_REFERENCE = "minuteReference";
    private static final String WORDING = "wording";
    private static final String ITEM_NUMBER = "itemNumber";
    private static final String SUBJECT_TO = "subjectTo";
    private static final List<String> CORRECTABLE_FIELDS = List.of(MINUTE_REFERENCE, WORDING, ITEM_NUMBER, SUBJECT_TO);

    @AggregateIdentifier
    private MeetingId meetingId;
    private BodyId bodyId;
    private String bodyName;
    private LocalDate date;
    /** Item number to its exemption; null for an item taken in public. */
    private final Map<String, Exemption> agendaItems = new HashMap<>();
    /** Keyed by the resolution's current minute reference, which a correction may change. */
    private final Map<String, Minuted> resolutions = new HashMap<>();
    private boolean minutesConfirmed;
    private final Map<String, Exemption> resolutionExemptions = new HashMap<>();
    private final java.util.Set<String> releasedItems = new java.util.HashSet<>();
    private final java.util.Set<String> releasedMinutes = new java.util.HashSet<>();
    private final Map<String, java.util.Optional<Exemption>> documents = new HashMap<>();
    private final java.util.Set<String> releasedDocuments = new java.util.HashSet<>();

    protected Meeting() {
        // for Axon
    }

    @CommandHandler
    public Meeting(HoldMeeting command, GovernanceDirectory directory) {
        Check.required(command.meetingId(), "The meeting id");
        BodyId body = Check.required(command.bodyId(), "The body that met");
        String title = Check.text(command.title(), "The meeting's title");
        BodyFacts facts = directory.body(body)
                .orElseThrow(() -> new RuleViolation(RuleCode.UNKNOWN_BODY,
                        "No body '" + body + "' is recorded, so no meeting of it can be."));
        apply(new MeetingHeld(command.meetingId(), body, facts.name(), facts.kind(), facts.authorities(),
                command.date(), title));
    }

    @CommandHandler
    public void handle(AddAgendaItem command) {
        String itemNumber = Check.text(command.itemNumber(), "The agenda item number");
        String title = Check.text(command.title(), "The agenda item's title");
        assertMinutesOpen("an agenda item added");
        if (agendaItems.containsKey(itemNumber)) {
            throw new RuleViolation(RuleCode.AGENDA_ITEM_NUMBER_TAKEN,
                    "Item " + itemNumber + " is already on the agenda of this meeting of the " + bodyName + ".");
        }
        apply(new AgendaItemAdded(meetingId, itemNumber, title, command.exemption()));
    }

    @CommandHandler
    public void handle(RecordResolution command) {
        String itemNumber = Check.optionalText(command.itemNumber());
        String minuteReference = Check.text(command.minuteReference(), "The minute reference");
        ResolutionAction action = Check.required(command.action(), "What the body resolved to do");
        String wording = Check.text(command.wording(), "The resolution wording");
        String subjectTo = Check.optionalText(command.subjectTo());
        assertMinutesOpen("a resolution added");
        if (itemNumber != null) {
            assertOnAgenda(itemNumber);
        }
        assertMinuteReferenceFree(minuteReference);
        Exemption exemption = command.exemption() != null ? command.exemption()
                : itemNumber != null ? agendaItems.get(itemNumber) : null;
        ConditionStatus status = subjectTo == null ? ConditionStatus.UNCONDITIONAL : ConditionStatus.CONDITIONAL;
        apply(new ResolutionRecorded(meetingId, bodyId, bodyName, date, itemNumber, minuteReference, action, wording,
                subjectTo, status, Check.optionalText(command.recommendedTo()), exemption, command.details()));
    }

    @CommandHandler
    public void handle(RecordConditionMet command) {
        String minuteReference = Check.text(command.minuteReference(), "The minute reference");
        LocalDate metOn = Check.required(command.metOn(), "The date the condition was met");
        String evidence = Check.text(command.evidence(), "What shows the condition was met");
        Minuted resolution = assertConditionOpen(minuteReference);
        apply(new ResolutionConditionMet(meetingId, minuteReference, resolution.subjectTo(), metOn, evidence,
                resolutionExemptions.get(minuteReference)));
    }

    @CommandHandler
    public void handle(RecordConditionLapsed command) {
        String minuteReference = Check.text(command.minuteReference(), "The minute reference");
        LocalDate lapsedOn = Check.required(command.lapsedOn(), "The date the condition lapsed");
        String reason = Check.text(command.reason(), "Why the condition lapsed");
        Minuted resolution = assertConditionOpen(minuteReference);
        apply(new ResolutionConditionLapsed(meetingId, minuteReference, resolution.subjectTo(), lapsedOn, reason,
                resolutionExemptions.get(minuteReference)));
    }

    @CommandHandler
    public void handle(ConfirmMinutes command) {
        ResolutionRef confirmedBy = Check.required(command.confirmedBy(), "The resolution confirming the minutes");
        if (minutesConfirmed) {
            throw new RuleViolation(RuleCode.MINUTES_ALREADY_CONFIRMED,
                    "The minutes of this meeting of the " + bodyName + " are already confirmed as a correct record.");
        }
        assertNotBeforeMeeting(confirmedBy.decidedOn());
        apply(new MinutesConfirmed(meetingId, confirmedBy));
    }

    @CommandHandler
    public void handle(CorrectEntry command) {
        String minuteReference = Check.text(command.minuteReference(), "The minute reference");
        String field = Check.text(command.field(), "The field corrected");
        String reason = Check.text(command.reason(), "The reason for the correction");
        if (!CORRECTABLE_FIELDS.contains(field)) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "A resolution's " + String.join(", ", CORRECTABLE_FIELDS) + " can be corrected; '" + field
                            + "' cannot.");
        }
        Minuted resolution = assertResolutionRecorded(minuteReference);
        String original = resolution.valueOf(field);
        String corrected = switch (field) {
            case MINUTE_REFERENCE -> Check.text(command.correctedValue(), "The corrected minute reference");
            case WORDING -> Check.text(command.correctedValue(), "The corrected wording");
            default -> Check.optionalText(command.correctedValue());
        };
        if (Objects.equals(original, corrected)) {
            throw new RuleViolation(RuleCode.CORRECTION_CHANGES_NOTHING,
                    "The " + field + " of minute " + minuteReference + " already reads as the correction gives it.");
        }
        if (field.equals(MINUTE_REFERENCE)) {
            assertMinuteReferenceFree(corrected);
        }
        if (field.equals(ITEM_NUMBER) && corrected != null) {
            assertOnAgenda(corrected);
        }
        apply(new EntryCorrected(meetingId, minuteReference, field, original, corrected, reason,
                resolutionExemptions.get(minuteReference), resolution.corrected(field, corrected).conditionStatus()));
    }

    /**
     * A resolution is rescinded by a later resolution of the body that passed it, once. It stays in the record:
     * its recorded details can still be corrected and its exempt information released, but its condition is no
     * longer met or lapses.
     */
    @CommandHandler
    public void handle(RescindResolution command) {
        String minuteReference = Check.text(command.minuteReference(), "The minute reference");
        ResolutionRef rescindedBy = Check.required(command.rescindedBy(), "The resolution rescinding it")
                .requireBodyAndDate("the rescission of minute " + minuteReference);
        String reason = Check.optionalText(command.reason());
        Minuted resolution = assertResolutionRecorded(minuteReference);
        assertNotRescinded(resolution);
        assertRescindedByTheResolvingBody(resolution, rescindedBy);
        assertRescindedOnOrAfterTheMeeting(resolution, rescindedBy);
        apply(new ResolutionRescinded(meetingId, resolution.itemNumber(), minuteReference, date, resolution.wording(),
                rescindedBy, reason, resolutionExemptions.get(minuteReference)));
    }

    @CommandHandler
    public void handle(MeetingCommand.ReleaseExemptInformation command) {
        String itemNumber = Check.optionalText(command.itemNumber());
        String minuteReference = Check.optionalText(command.minuteReference());
        String documentReference = Check.optionalText(command.documentReference());
        Check.required(command.releasedOn(), "The date the information is released");
        Check.required(command.resolution(), "The decision releasing it");
        long named = java.util.stream.Stream.of(itemNumber, minuteReference, documentReference)
                .filter(java.util.Objects::nonNull).count();
        if (named != 1) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "Name one of the agenda item, the minute or the document whose exempt information is released.");
        }
        Exemption exemption;
        if (documentReference != null) {
            if (!documents.containsKey(documentReference)) {
                throw new RuleViolation(RuleCode.INVALID_VALUE,
                        "No document '" + documentReference + "' is recorded for this meeting.");
            }
            exemption = documents.get(documentReference).orElse(null);
            assertExemptAndUnreleased(exemption, releasedDocuments.contains(documentReference),
                    "Document " + documentReference);
        } else if (itemNumber != null) {
            assertOnAgenda(itemNumber);
            exemption = agendaItems.get(itemNumber);
            assertExemptAndUnreleased(exemption, releasedItems.contains(itemNumber), "Item " + itemNumber);
        } else {
            assertResolutionRecorded(minuteReference);
            exemption = resolutionExemptions.get(minuteReference);
            assertExemptAndUnreleased(exemption, releasedMinutes.contains(minuteReference), "Minute " + minuteReference);
        }
        apply(new MeetingEvent.ExemptInformationReleased(meetingId, itemNumber, minuteReference, documentReference,
                exemption, command.releasedOn(), command.resolution()));
    }

    @CommandHandler
    public void handle(MeetingCommand.ReferenceDocument command) {
        String reference = Check.text(command.documentReference(), "The document reference");
        String title = Check.text(command.title(), "The document's title");
        String itemNumber = Check.optionalText(command.itemNumber());
        if (itemNumber != null) {
            assertOnAgenda(itemNumber);
        }
        if (documents.containsKey(reference)) {
            throw new RuleViolation(RuleCode.DOCUMENT_REFERENCE_TAKEN,
                    "A document '" + reference + "' is already recorded for this meeting.");
        }
        Exemption exemption = command.exemption() != null ? command.exemption()
                : itemNumber == null ? null : agendaItems.get(itemNumber);
        apply(new MeetingEvent.DocumentReferenced(meetingId, itemNumber, reference, title, exemption));
    }

    @EventSourcingHandler
    void on(MeetingEvent.DocumentReferenced event) {
        documents.put(event.documentReference(), java.util.Optional.ofNullable(event.exemption()));
    }

    private static void assertExemptAndUnreleased(Exemption exemption, boolean released, String what) {
        if (exemption == null) {
            throw new RuleViolation(RuleCode.NOT_EXEMPT, what + " is not exempt information; there is nothing to release.");
        }
        if (released) {
            throw new RuleViolation(RuleCode.ALREADY_RELEASED, what + " has already been released.");
        }
    }

    /** Once confirmed as a correct record, minutes change only by recorded correction. */
    private void assertMinutesOpen(String what) {
        if (minutesConfirmed) {
            throw new RuleViolation(RuleCode.MINUTES_ALREADY_CONFIRMED,
                    "The minutes of this meeting of the " + bodyName
                            + " have been confirmed as a correct record; they can no longer have " + what
                            + ", only be corrected.");
        }
    }

    private void assertOnAgenda(String itemNumber) {
        if (!agendaItems.containsKey(itemNumber)) {
            throw new RuleViolation(RuleCode.UNKNOWN_AGENDA_ITEM,
                    "There is no item " + itemNumber + " on the agenda of this meeting of the " + bodyName + ".");
        }
    }

    private void assertMinuteReferenceFree(String minuteReference) {
        if (resolutions.containsKey(minuteReference)) {
            throw new RuleViolation(RuleCode.MINUTE_REFERENCE_TAKEN,
                    "Minute " + minuteReference + " of this meeting of the " + bodyName + " is already recorded.");
        }
    }

    private Minuted assertResolutionRecorded(String minuteReference) {
        Minuted resolution = resolutions.get(minuteReference);
        if (resolution == null) {
            throw new RuleViolation(RuleCode.UNKNOWN_RESOLUTION,
                    "No resolution under minute " + minuteReference + " is recorded for this meeting of the "
                            + bodyName + ".");
        }
        return resolution;
    }

    private Minuted assertConditionOpen(String minuteReference) {
        Minuted resolution = assertResolutionRecorded(minuteReference);
        assertNotRescinded(resolution);
        if (resolution.conditionStatus() == ConditionStatus.UNCONDITIONAL) {
            throw new RuleViolation(RuleCode.RESOLUTION_NOT_CONDITIONAL,
                    "Minute " + minuteReference + " was resolved without a condition; there is none to meet or lapse.");
        }
        if (resolution.conditionStatus().settled()) {
            throw new RuleViolation(RuleCode.CONDITION_ALREADY_SETTLED,
                    "The condition of minute " + minuteReference + " is already recorded as "
                            + describe(resolution.conditionStatus()) + ".");
        }
        return resolution;
    }

    /** RESOLUTION_RESCINDED: a rescinded resolution is not rescinded again, nor is its condition met or lapsed. */
    private static void assertNotRescinded(Minuted resolution) {
        ResolutionRef rescindedBy = resolution.rescindedBy();
        if (rescindedBy != null) {
            throw new RuleViolation(RuleCode.RESOLUTION_RESCINDED,
                    "Minute " + resolution.minuteReference() + " was rescinded on " + rescindedBy.decidedOn() + " by "
                            + (rescindedBy.minuteReference() != null ? "minute " + rescindedBy.minuteReference()
                            + " of " : "") + "the " + rescindedBy.describeBody()
                            + "; nothing more can follow from it but corrections of what was recorded.");
        }
    }

    /**
     * RESCISSION_NEEDS_RESOLVING_BODY: only the body that passed a resolution can rescind it. Another body,
     * even a council's full council, can decide afresh on the matter, but the resolution is not its own to undo.
     */
    private void assertRescindedByTheResolvingBody(Minuted resolution, ResolutionRef rescindedBy) {
        if (!rescindedBy.body().equals(bodyId)) {
            throw new RuleViolation(RuleCode.RESCISSION_NEEDS_RESOLVING_BODY,
                    "Minute " + resolution.minuteReference() + " was resolved by the " + bodyName
                            + "; only that body can rescind it, not the " + rescindedBy.describeBody() + ".");
        }
    }

    /** RESCISSION_BEFORE_RESOLUTION: a resolution is rescinded at the same or a later sitting, never before it. */
    private void assertRescindedOnOrAfterTheMeeting(Minuted resolution, ResolutionRef rescindedBy) {
        if (date != null && rescindedBy.decidedOn().isBefore(date)) {
            throw new RuleViolation(RuleCode.RESCISSION_BEFORE_RESOLUTION,
                    "Minute " + resolution.minuteReference() + " was resolved on " + date
                            + "; it cannot be rescinded by a resolution of " + rescindedBy.decidedOn() + ".");
        }
        if (Objects.equals(rescindedBy.decidedOn(), date)
                && Objects.equals(rescindedBy.minuteReference(), resolution.minuteReference())) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "Minute " + resolution.minuteReference() + " cannot rescind itself.");
        }
    }

    private static String describe(ConditionStatus status) {
        return status == ConditionStatus.CONDITION_MET ? "met" : "lapsed";
    }

    /** Minutes are signed at the same or a later sitting (Local Government Act 1972, Sch. 12 para 41). */
    private void assertNotBeforeMeeting(LocalDate confirmedOn) {
        if (date != null && confirmedOn != null && confirmedOn.isBefore(date)) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "Minutes of the meeting of " + date + " cannot be confirmed on " + confirmedOn
                            + ", before the meeting took place.");
        }
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        meetingId = event.meetingId();
        bodyId = event.bodyId();
        bodyName = event.bodyName();
        date = event.date();
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agendaItems.put(event.itemNumber(), event.exemption());
    }

    @EventSourcingHandler
    void on(MeetingEvent.ExemptInformationReleased event) {
        if (event.documentReference() != null) {
            releasedDocuments.add(event.documentReference());
        } else if (event.itemNumber() != null) {
            releasedItems.add(event.itemNumber());
        } else {
            releasedMinutes.add(event.minuteReference());
        }
    }

    @EventSourcingHandler
    void on(ResolutionRecorded event) {
        if (event.exemption() != null) {
            resolutionExemptions.put(event.minuteReference(), event.exemption());
        }
        resolutions.put(event.minuteReference(),
                new Minuted(event.minuteReference(), event.itemNumber(), event.wording(), event.subjectTo(),
                        event.conditionStatus(), null));
    }

    @EventSourcingHandler
    void on(ResolutionConditionMet event) {
        resolutions.computeIfPresent(event.minuteReference(),
                (reference, resolution) -> resolution.withStatus(ConditionStatus.CONDITION_MET));
    }

    @EventSourcingHandler
    void on(ResolutionConditionLapsed event) {
        resolutions.computeIfPresent(event.minuteReference(),
                (reference, resolution) -> resolution.withStatus(ConditionStatus.CONDITION_LAPSED));
    }

    @EventSourcingHandler
    void on(ResolutionRescinded event) {
        resolutions.computeIfPresent(event.minuteReference(),
                (reference, resolution) -> resolution.rescinded(event.resolution()));
    }

    @EventSourcingHandler
    void on(MinutesConfirmed event) {
        minutesConfirmed = true;
    }

    @EventSourcingHandler
    void on(EntryCorrected event) {
        Minuted corrected = resolutions.remove(event.minuteReference())
                .corrected(event.field(), event.correctedValue());
        resolutions.put(corrected.minuteReference(), corrected);
        if (event.field().equals(MINUTE_REFERENCE)) {
            Exemption exemption = resolutionExemptions.remove(event.minuteReference());
            if (exemption != null) {
                resolutionExemptions.put(corrected.minuteReference(), exemption);
            }
            if (releasedMinutes.remove(event.minuteReference())) {
                releasedMinutes.add(corrected.minuteReference());
            }
        }
    }

    /**
     * What the meeting needs to remember of a resolution to decide on later commands; {@code rescindedBy} is null
     * until it is rescinded.
     */
    private record Minuted(String minuteReference, String itemNumber, String wording, String subjectTo,
                           ConditionStatus conditionStatus, ResolutionRef rescindedBy) {

        Minuted withStatus(ConditionStatus status) {
            return new Minuted(minuteReference, itemNumber, wording, subjectTo, status, rescindedBy);
        }

        Minuted rescinded(ResolutionRef by) {
            return new Minuted(minuteReference, itemNumber, wording, subjectTo, conditionStatus, by);
        }

        String valueOf(String field) {
            return switch (field) {
                case MINUTE_REFERENCE -> minuteReference;
                case WORDING -> wording;
                case ITEM_NUMBER -> itemNumber;
                case SUBJECT_TO -> subjectTo;
                default -> throw new IllegalArgumentException(field);
            };
        }

        Minuted corrected(String field, String value) {
            return switch (field) {
                case MINUTE_REFERENCE -> new Minuted(value, itemNumber, wording, subjectTo, conditionStatus,
                        rescindedBy);
                case WORDING -> new Minuted(minuteReference, itemNumber, value, subjectTo, conditionStatus,
                        rescindedBy);
                case ITEM_NUMBER -> new Minuted(minuteReference, value, wording, subjectTo, conditionStatus,
                        rescindedBy);
                case SUBJECT_TO -> new Minuted(minuteReference, itemNumber, wording, value, conditionAfter(value),
                        rescindedBy);
                default -> throw new IllegalArgumentException(field);
            };
        }

        /** Removing the condition makes the resolution unconditional; adding one makes it conditional. */
        private ConditionStatus conditionAfter(String correctedCondition) {
            if (correctedCondition == null) {
                return ConditionStatus.UNCONDITIONAL;
            }
            return subjectTo == null ? ConditionStatus.CONDITIONAL : conditionStatus;
        }
    }
}
