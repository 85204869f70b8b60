package org.partnershiprecord.projections.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.meeting.ConditionStatus;
import org.partnershiprecord.domain.meeting.DecisionRegisterDetails;
import org.partnershiprecord.domain.meeting.Exemption;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.MinutesConfirmed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionMet;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRescinded;
import org.partnershiprecord.projections.common.EventPositions;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.meeting.MeetingView.CorrectionView;
import org.partnershiprecord.projections.meeting.MeetingView.DecisionRegisterView;
import org.partnershiprecord.projections.meeting.MeetingView.RescissionView;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the meetings view. It only copies what events say: it decides nothing. A correction overwrites the
 * corrected column and appends to the resolution's list of corrections, so the original stays visible. A corrected
 * condition that the event says makes the resolution unconditional, or newly conditional, also clears the
 * settlement recorded for the condition it replaces; that settlement stays in the log. A rescission marks the
 * resolution, which keeps its place and its values.
 */
@ProcessingGroup(MeetingProjection.PROCESSING_GROUP)
public class MeetingProjection {

    public static final String PROCESSING_GROUP = "view-meetings";
    /** The metadata key under which the API records who recorded an entry (RecordMetadata.RECORDED_BY). */
    static final String RECORDED_BY = "recordedBy";
    static final TypeReference<List<CorrectionView>> CORRECTIONS = new TypeReference<>() { };
    static final TypeReference<List<Integer>> PARAGRAPHS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public MeetingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingHeld event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_meeting (meeting_id, body_id, body_name, body_kind, authorities, meeting_date, title,
                                          version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                event.meetingId().value(), event.bodyId().value(), event.bodyName(),
                event.bodyKind() == null ? null : event.bodyKind().name(),
                JsonColumns.write(event.authorities() == null ? null
                        : event.authorities().stream().map(AuthorityCode::value).toList()),
                Sql.date(event.date()), event.title(), version);
    }

    @EventHandler
    void on(AgendaItemAdded event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_meeting_agenda_item (meeting_id, item_number, title, exempt_paragraphs, added_in)
                VALUES (?, ?, ?, ?, ?)""",
                event.meetingId().value(), event.itemNumber(), event.title(), paragraphs(event.exemption()), version);
        touch(event.meetingId(), version);
    }

    @EventHandler
    void on(ResolutionRecorded event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_meeting_resolution (meeting_id, recorded_in, minute_reference, item_number, action,
                                                     wording, subject_to, condition_status, recommended_to,
                                                     exempt_paragraphs, decision_register)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.meetingId().value(), version, event.minuteReference(), event.itemNumber(),
                event.action().name(), event.wording(), event.subjectTo(), event.conditionStatus().name(),
                event.recommendedTo(), paragraphs(event.exemption()), JsonColumns.write(register(event.details())));
        touch(event.meetingId(), version);
    }

    @EventHandler
    void on(ResolutionConditionMet event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_meeting_resolution
                   SET condition_status = ?, condition_settled_on = ?, condition_met_evidence = ?
                 WHERE meeting_id = ? AND minute_reference = ?""",
                ConditionStatus.CONDITION_MET.name(), Sql.date(event.metOn()), event.evidence(),
                event.meetingId().value(), event.minuteReference());
        touch(event.meetingId(), version);
    }

    @EventHandler
    void on(ResolutionConditionLapsed event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_meeting_resolution
                   SET condition_status = ?, condition_settled_on = ?, condition_lapsed_reason = ?
                 WHERE meeting_id = ? AND minute_reference = ?""",
                ConditionStatus.CONDITION_LAPSED.name(), Sql.date(event.lapsedOn()), event.reason(),
                event.meetingId().value(), event.minuteReference());
        touch(event.meetingId(), version);
    }

    @EventHandler
    void on(MinutesConfirmed event, @SequenceNumber long version) {
        jdbc.update("UPDATE view_meeting SET minutes_confirmed_by = ?, version = ? WHERE meeting_id = ?",
                JsonColumns.write(ResolutionView.of(event.confirmedBy())), version, event.meetingId().value());
    }

    @EventHandler
    void on(EntryCorrected event, EventMessage<?> message, @SequenceNumber long version,
            @Timestamp Instant recordedAt, @MetaDataValue(RECORDED_BY) String recordedBy) {
        String meeting = event.meetingId().value();
        long position = EventPositions.of(jdbc, message);
        jdbc.query("""
                SELECT recorded_in, corrections FROM view_meeting_resolution WHERE meeting_id = ? AND minute_reference = ?""",
                (rs, row) -> new CorrectedRow(rs.getLong("recorded_in"), corrections(rs.getString("corrections"))),
                meeting, event.minuteReference()).stream().findFirst().ifPresent(row -> {
                    List<CorrectionView> corrections = new ArrayList<>(row.corrections());
                    corrections.add(CorrectionView.of(event.field(), event.originalValue(), event.correctedValue(),
                            event.reason(), recordedBy, recordedAt, position));
                    jdbc.update("UPDATE view_meeting_resolution SET corrections = ? WHERE meeting_id = ? AND recorded_in = ?",
                            JsonColumns.write(corrections), meeting, row.recordedIn());
                    ResolutionCorrections.column(event.field()).ifPresent(column -> jdbc.update(
                            "UPDATE view_meeting_resolution SET " + column + " = ? WHERE meeting_id = ? AND recorded_in = ?",
                            event.correctedValue(), meeting, row.recordedIn()));
                    // The status after the correction is decided by the meeting and carried in the event.
                    if (!event.conditionStatus().settled()) {
                        jdbc.update("""
                                UPDATE view_meeting_resolution
                                   SET condition_status = ?, condition_settled_on = NULL, condition_met_evidence = NULL,
                                       condition_lapsed_reason = NULL
                                 WHERE meeting_id = ? AND recorded_in = ?""", event.conditionStatus().name(), meeting,
                                row.recordedIn());
                    }
                });
        touch(event.meetingId(), version);
    }

    @EventHandler
    void on(ResolutionRescinded event, EventMessage<?> message, @SequenceNumber long version,
            @Timestamp Instant recordedAt, @MetaDataValue(RECORDED_BY) String recordedBy) {
        RescissionView rescission = RescissionView.of(ResolutionView.of(event.resolution()), event.reason(),
                EventPositions.of(jdbc, message), recordedBy, recordedAt);
        jdbc.update("UPDATE view_meeting_resolution SET rescission = ? WHERE meeting_id = ? AND minute_reference = ?",
                JsonColumns.write(rescission), event.meetingId().value(), event.minuteReference());
        touch(event.meetingId(), version);
    }

    @EventHandler
    void on(org.partnershiprecord.domain.meeting.MeetingEvent.DocumentReferenced event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_meeting_document (meeting_id, document_reference, item_number, title, exempt_paragraphs,
                                                   added_in)
                VALUES (?, ?, ?, ?, ?, ?)""", event.meetingId().value(), event.documentReference(), event.itemNumber(),
                event.title(), paragraphs(event.exemption()), version);
        touch(event.meetingId(), version);
    }

    /** The meeting changed (its version moves); what may now be shown is decided by the release, read centrally. */
    @EventHandler
    void on(org.partnershiprecord.domain.meeting.MeetingEvent.ExemptInformationReleased event, @SequenceNumber long version) {
        touch(event.meetingId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_meeting_document");
        jdbc.update("DELETE FROM view_meeting_resolution");
        jdbc.update("DELETE FROM view_meeting_agenda_item");
        jdbc.update("DELETE FROM view_meeting");
    }


    static List<CorrectionView> corrections(String json) {
        List<CorrectionView> corrections = JsonColumns.read(json, CORRECTIONS);
        return corrections == null ? List.of() : corrections;
    }

    private static String paragraphs(Exemption exemption) {
        return exemption == null ? null : JsonColumns.write(exemption.paragraphs());
    }

    private static DecisionRegisterView register(DecisionRegisterDetails details) {
        if (details == null) {
            return null;
        }
        return new DecisionRegisterView(details.keyDecision(), details.subjectToCallIn(), details.effectiveFrom(),
                details.declarationsOfInterest(), details.publishedOn(), details.forwardPlanReference());
    }

    /** The resolution a correction applies to: the row's key, and the corrections recorded so far. */
    private record CorrectedRow(long recordedIn, List<CorrectionView> corrections) {
    }

    private void touch(MeetingId id, long version) {
        jdbc.update("UPDATE view_meeting SET version = ? WHERE meeting_id = ?", version, id.value());
    }
}
