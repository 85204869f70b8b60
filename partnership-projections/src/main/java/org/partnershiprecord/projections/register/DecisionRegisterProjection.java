package org.partnershiprecord.projections.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.partnershiprecord.domain.meeting.ConditionStatus;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionMet;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRescinded;
import org.partnershiprecord.projections.common.EventFacts;
import org.partnershiprecord.projections.common.EventPositions;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.common.UnitOfWorkBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The decision register: a row for every event that carries the resolution authorising it, and for
 * every resolution a meeting recorded. Later condition outcomes and corrections update the row; the
 * audit trail keeps the original. A rescission marks the rescinded minute's row and, like any event a
 * resolution authorises, adds a row for the rescinding resolution.
 */
@ProcessingGroup(DecisionRegisterProjection.PROCESSING_GROUP)
public class DecisionRegisterProjection {

    public static final String PROCESSING_GROUP = "view-decision-register";

    private static final String BATCH = DecisionRegisterProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;

    public DecisionRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> message)) {
            return;
        }
        rememberPartnership(payload, message.getAggregateIdentifier());
        if (payload instanceof ResolutionConditionMet || payload instanceof ResolutionConditionLapsed
                || payload instanceof EntryCorrected || payload instanceof ResolutionRescinded) {
            // they update rows: those of earlier events of this batch must be written first
            batch().flush();
        }
        if (payload instanceof ResolutionConditionMet met) {
            condition(message.getAggregateIdentifier(), met.minuteReference(), ConditionStatus.CONDITION_MET);
            return;
        }
        if (payload instanceof ResolutionConditionLapsed lapsed) {
            condition(message.getAggregateIdentifier(), lapsed.minuteReference(), ConditionStatus.CONDITION_LAPSED);
            return;
        }
        if (payload instanceof EntryCorrected corrected) {
            correct(message.getAggregateIdentifier(), corrected);
            return;
        }
        if (payload instanceof ResolutionRescinded rescinded) {
            rescind(message.getAggregateIdentifier(), rescinded, EventPositions.of(jdbc, message));
        }
        EventFacts.resolution(payload).ifPresent(resolution -> insert(payload, message, resolution));
    }

    private void insert(Object payload, DomainEventMessage<?> message, ResolutionView resolution) {
        long position = EventPositions.of(jdbc, message);
        String type = message.getPayloadType().getSimpleName();
        String action = null;
        String itemNumber = null;
        String status = resolution.subjectTo() == null ? ConditionStatus.UNCONDITIONAL.name()
                : ConditionStatus.CONDITIONAL.name();
        if (payload instanceof ResolutionRecorded recorded) {
            action = recorded.action().name();
            itemNumber = recorded.itemNumber();
            status = recorded.conditionStatus().name();
        }
        String partnershipId = EventFacts.partnershipId(payload).orElseGet(() -> partnershipOf(
                message.getAggregateIdentifier()));
        Batch batch = batch();
        batch.add(batch.decisions, new Object[] {
                position, type, message.getType(), message.getAggregateIdentifier(), partnershipId, resolution.bodyId(),
                resolution.bodyName(), Sql.date(resolution.decidedOn()), resolution.minuteReference(),
                resolution.wording(), resolution.subjectTo(), status, action,
                EventFacts.humanise(type) + (payload instanceof ResolutionRescinded rescinded
                        ? ": minute " + rescinded.minuteReference() : "")
                        + " (" + message.getType() + " " + message.getAggregateIdentifier() + ")",
                EventFacts.exemptParagraphs(payload).orElse(null), itemNumber});
    }

    /**
     * Which partnership an aggregate belongs to: named by its events, or (for a meeting) that of the
     * body that sat, so a meeting's minutes are found by partnership too.
     */
    private void rememberPartnership(Object payload, String aggregateId) {
        String partnershipId = EventFacts.partnershipId(payload).orElse(null);
        if (partnershipId == null && payload instanceof org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld held) {
            partnershipId = partnershipOf(held.bodyId().value());
        }
        if (partnershipId != null && partnershipOf(aggregateId) == null) {
            Batch batch = batch();
            batch.partnerships.put(aggregateId, Optional.of(partnershipId));
            batch.add(batch.contexts, new Object[] {aggregateId, partnershipId});
        }
    }

    private String partnershipOf(String aggregateId) {
        return batch().partnerships.computeIfAbsent(aggregateId, id -> jdbc.query(
                "SELECT partnership_id FROM view_decision_context WHERE aggregate_id = ?",
                (rs, row) -> rs.getString(1), id).stream().findFirst()).orElse(null);
    }

    /**
     * The rows of the batch of events being handled, inserted together just before its transaction commits, and the
     * partnerships looked up during it. Outside a unit of work rows are written
     * at once.
     */
    private Batch batch() {
        return UnitOfWorkBatch.current(BATCH, unitOfWork -> new Batch(unitOfWork != null), Batch::flush);
    }

    private final class Batch {
        final boolean deferred;
        final Map<String, Optional<String>> partnerships = new HashMap<>();
        final List<Object[]> contexts = new ArrayList<>();
        final List<Object[]> decisions = new ArrayList<>();

        Batch(boolean deferred) {
            this.deferred = deferred;
        }

        void add(List<Object[]> rows, Object[] row) {
            rows.add(row);
            if (!deferred) {
                flush();
            }
        }

        void flush() {
            if (!contexts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO view_decision_context (aggregate_id, partnership_id) VALUES (?, ?)",
                        contexts);
                contexts.clear();
            }
            if (!decisions.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO view_decision (position, event_type, aggregate_type, aggregate_id, partnership_id,
                            body_id, body_name, decided_on, minute_reference, wording, subject_to, condition_status,
                            action, effect, exempt_paragraphs, corrected, item_number)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)""", decisions);
                decisions.clear();
            }
        }
    }

    private void condition(String meetingId, String minuteReference, ConditionStatus status) {
        jdbc.update("""
                UPDATE view_decision SET condition_status = ?
                 WHERE aggregate_id = ? AND event_type = 'ResolutionRecorded' AND minute_reference = ?""",
                status.name(), meetingId, minuteReference);
    }

    private void correct(String meetingId, EntryCorrected corrected) {
        jdbc.update("""
                UPDATE view_decision SET condition_status = ?
                 WHERE aggregate_id = ? AND event_type = 'ResolutionRecorded' AND minute_reference = ?""",
                corrected.conditionStatus().name(), meetingId, corrected.minuteReference());
        String column = switch (corrected.field()) {
            case "minuteReference" -> "minute_reference";
            case "wording" -> "wording";
            case "subjectTo" -> "subject_to";
            default -> null;
        };
        if (column == null) {
            jdbc.update("""
                    UPDATE view_decision SET corrected = TRUE
                     WHERE aggregate_id = ? AND event_type = 'ResolutionRecorded' AND minute_reference = ?""",
                    meetingId, corrected.minuteReference());
            return;
        }
        jdbc.update("UPDATE view_decision SET " + column + " = ?, corrected = TRUE"
                        + " WHERE aggregate_id = ? AND event_type = 'ResolutionRecorded' AND minute_reference = ?",
                corrected.correctedValue(), meetingId, corrected.minuteReference());
    }

    private void rescind(String meetingId, ResolutionRescinded rescinded, long position) {
        jdbc.update("""
                UPDATE view_decision SET rescinded_by = ?, rescinded_in = ?
                 WHERE aggregate_id = ? AND event_type = 'ResolutionRecorded' AND minute_reference = ?""",
                JsonColumns.write(ResolutionView.of(rescinded.resolution())), position, meetingId,
                rescinded.minuteReference());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_decision");
        jdbc.update("DELETE FROM view_decision_context");
    }
}
