package org.partnershiprecord.projections.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.partnershiprecord.projections.common.EventFacts;
import org.partnershiprecord.projections.common.EventPositions;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: every event, in order, with who resolved it and who recorded it. The
 * partnership and body of events that do not name them (a meeting's later entries, say) are
 * carried over from the aggregate's earlier events.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "view-audit-trail";

    private final JdbcTemplate jdbc;

    public AuditTrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        long position = EventPositions.of(jdbc, message);
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        Optional<ResolutionView> resolution = EventFacts.resolution(payload);
        String partnershipId = EventFacts.partnershipId(payload).orElse(null);
        String bodyId = EventFacts.bodyId(payload).orElse(null);
        if (aggregateId != null) {
            String[] known = remembered(aggregateId);
            if (partnershipId == null && bodyId != null) {
                partnershipId = remembered(bodyId)[0];
            }
            partnershipId = partnershipId != null ? partnershipId : known[0];
            bodyId = bodyId != null ? bodyId : known[1];
            remember(aggregateId, aggregateType, partnershipId, bodyId);
        }
        String resolvingBody = resolution.map(ResolutionView::bodyId).orElse(null);
        var metadata = message.getMetaData();
        String type = message.getPayloadType().getSimpleName();
        jdbc.update("""
                INSERT INTO view_audit_entry (position, event_id, event_type, aggregate_type, aggregate_id,
                    sequence_number, partnership_id, body_id, resolving_body_id, summary, resolved_by, decided_on,
                    recorded_by, recorder_roles, recorded_at, client_id, correlation_id, causation_id, request_id,
                    exempt_paragraphs, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                position, message.getIdentifier(), type, aggregateType, aggregateId, sequence, partnershipId, bodyId,
                resolvingBody, EventFacts.humanise(type), JsonColumns.write(resolution.orElse(null)),
                Sql.date(resolution.map(ResolutionView::decidedOn).orElse(null)),
                text(metadata.get("recordedBy")), text(metadata.get("recorderRoles")),
                Timestamp.from(recordedAt(metadata.get("recordedAt"), message.getTimestamp())),
                text(metadata.get("clientId")), text(metadata.get("correlationId")), text(metadata.get("causationId")),
                text(metadata.get("requestId")), EventFacts.exemptParagraphs(payload).orElse(null),
                JsonColumns.write(payload));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_audit_entry");
        jdbc.update("DELETE FROM view_audit_aggregate");
    }

    private String[] remembered(String aggregateId) {
        List<String[]> rows = jdbc.query(
                "SELECT partnership_id, body_id FROM view_audit_aggregate WHERE aggregate_id = ?",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, aggregateId);
        return rows.isEmpty() ? new String[2] : rows.get(0);
    }

    private void remember(String aggregateId, String aggregateType, String partnershipId, String bodyId) {
        int updated = jdbc.update("UPDATE view_audit_aggregate SET partnership_id = ?, body_id = ? WHERE aggregate_id = ?",
                partnershipId, bodyId, aggregateId);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO view_audit_aggregate (aggregate_id, aggregate_type, partnership_id, body_id)
                    VALUES (?, ?, ?, ?)""", aggregateId, aggregateType, partnershipId, bodyId);
        }
    }

    private static Instant recordedAt(Object value, Instant fallback) {
        return value == null ? fallback : Instant.parse(value.toString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
