package org.partnershiprecord.projections.disclosure;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.ExemptInformationReleased;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which exempt items, minutes, documents and business cases have been released by a recorded
 * decision, and since when. {@code meeting_id} holds the aggregate: a meeting, or a business case.
 */
@ProcessingGroup(ExemptionReleaseProjection.PROCESSING_GROUP)
public class ExemptionReleaseProjection {

    public static final String PROCESSING_GROUP = "view-exemption-releases";

    private final JdbcTemplate jdbc;

    public ExemptionReleaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ExemptInformationReleased event) {
        jdbc.update("""
                INSERT INTO view_exemption_release (meeting_id, item_number, minute_reference, document_reference,
                                                    released_on)
                VALUES (?, ?, ?, ?, ?)""", event.meetingId().value(), event.itemNumber(), event.minuteReference(),
                event.documentReference(), Sql.date(event.releasedOn()));
    }

    /** A business case recorded as exempt is exempt as a whole: every entry about it is withheld until released. */
    @EventHandler
    void on(org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseSubmitted event) {
        if (event.exemption() != null) {
            jdbc.update("INSERT INTO view_exempt_aggregate (aggregate_id, paragraphs) VALUES (?, ?)",
                    event.businessCaseId().value(), String.join(",",
                            event.exemption().paragraphs().stream().map(String::valueOf).toList()));
        }
    }

    /** A whole aggregate released (a business case): no item, minute or document named. */
    @EventHandler
    void on(org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseExemptionReleased event) {
        jdbc.update("INSERT INTO view_exemption_release (meeting_id, released_on) VALUES (?, ?)",
                event.businessCaseId().value(), Sql.date(event.releasedOn()));
    }

    @EventHandler
    void on(EntryCorrected event) {
        if ("minuteReference".equals(event.field())) {
            jdbc.update("UPDATE view_exemption_release SET minute_reference = ? WHERE meeting_id = ? AND minute_reference = ?",
                    event.correctedValue(), event.meetingId().value(), event.minuteReference());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_exemption_release");
        jdbc.update("DELETE FROM view_exempt_aggregate");
    }
}
