package org.partnershiprecord.projections.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.partnershiprecord.projections.common.EventFacts;
import org.partnershiprecord.projections.common.EventPositions;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.common.UnitOfWorkBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: every event, in order, with who resolved it and who recorded it. The
 * partnership and body of events that do not name them (a meeting's later entries, say) are
 * carried over from the aggregate's earlier events.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "view-audit-trail";

    private static final String BATCH = AuditTrailProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;

    public AuditTrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        Batch batch = batch();
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
            Known known = batch.known(aggregateId);
            if (partnershipId == null && bodyId != null) {
                partnershipId = batch.known(bodyId).partnershipId;
            }
            partnershipId = partnershipId != null ? partnershipId : known.partnershipId;
            bodyId = bodyId != null ? bodyId : known.bodyId;
            batch.remember(aggregateId, aggregateType, partnershipId, bodyId);
        }
        String resolvingBody = resolution.map(ResolutionView::bodyId).orElse(null);
        var metadata = message.getMetaData();
        String type = message.getPayloadType().getSimpleName();
        batch.entries.add(new Object[] {
                position, message.getIdentifier(), type, aggregateType, aggregateId, sequence, partnershipId, bodyId,
                resolvingBody, EventFacts.humanise(type), JsonColumns.write(resolution.orElse(null)),
                Sql.date(resolution.map(ResolutionView::decidedOn).orElse(null)),
                text(metadata.get("recordedBy")), text(metadata.get("recorderRoles")),
                Timestamp.from(recordedAt(metadata.get("recordedAt"), message.getTimestamp())),
                text(metadata.get("clientId")), text(metadata.get("correlationId")), text(metadata.get("causationId")),
                text(metadata.get("requestId")), EventFacts.exemptParagraphs(payload).orElse(null),
                JsonColumns.write(payload)});
        if (!batch.deferred) {
            batch.flush();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_audit_entry");
        jdbc.update("DELETE FROM view_audit_aggregate");
    }

    /**
     * The rows of the batch of events being handled, written together just before its transaction commits (one JDBC
     * batch per table instead of a few statements per event), and what is known of each aggregate, read once per
     * batch (also in an as-at
     * replay, which hands events over in units of work too). Outside a unit of work each event is written at once.
     */
    private Batch batch() {
        return UnitOfWorkBatch.current(BATCH, unitOfWork -> {
            Batch batch = new Batch(unitOfWork != null);
            if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
                batch.preload(batching.getMessages().stream().filter(DomainEventMessage.class::isInstance)
                        .map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()).distinct().toList());
            }
            return batch;
        }, Batch::flush);
    }

    /** The partnership and body an aggregate belongs to, as learnt from its earlier events. */
    private static final class Known {
        final boolean stored;
        String aggregateType;
        String partnershipId;
        String bodyId;
        boolean changed;

        Known(boolean stored, String aggregateType, String partnershipId, String bodyId) {
            this.stored = stored;
            this.aggregateType = aggregateType;
            this.partnershipId = partnershipId;
            this.bodyId = bodyId;
        }
    }

    private final class Batch {
        final boolean deferred;
        final Map<String, Known> known = new HashMap<>();
        final List<Object[]> entries = new ArrayList<>();

        Batch(boolean deferred) {
            this.deferred = deferred;
        }

        void preload(List<String> aggregateIds) {
            for (int from = 0; from < aggregateIds.size(); from += 500) {
                List<String> chunk = aggregateIds.subList(from, Math.min(aggregateIds.size(), from + 500));
                jdbc.query("SELECT aggregate_id, aggregate_type, partnership_id, body_id FROM view_audit_aggregate"
                                + " WHERE aggregate_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                                + ")",
                        rs -> {
                            known.put(rs.getString(1), new Known(true, rs.getString(2), rs.getString(3),
                                    rs.getString(4)));
                        }, chunk.toArray());
                chunk.forEach(id -> known.putIfAbsent(id, new Known(false, null, null, null)));
            }
        }

        Known known(String aggregateId) {
            return known.computeIfAbsent(aggregateId, id -> jdbc.query(
                    "SELECT aggregate_type, partnership_id, body_id FROM view_audit_aggregate WHERE aggregate_id = ?",
                    (rs, row) -> new Known(true, rs.getString(1), rs.getString(2), rs.getString(3)), id)
                    .stream().findFirst().orElseGet(() -> new Known(false, null, null, null)));
        }

        void remember(String aggregateId, String aggregateType, String partnershipId, String bodyId) {
            Known facts = known(aggregateId);
            if (!facts.stored && facts.aggregateType == null) {
                facts.aggregateType = aggregateType;
            }
            facts.partnershipId = partnershipId;
            facts.bodyId = bodyId;
            facts.changed = true;
        }

        void flush() {
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            known.forEach((id, facts) -> {
                if (facts.changed) {
                    if (facts.stored) {
                        updates.add(new Object[] {facts.partnershipId, facts.bodyId, id});
                    } else {
                        inserts.add(new Object[] {id, facts.aggregateType, facts.partnershipId, facts.bodyId});
                    }
                }
            });
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("UPDATE view_audit_aggregate SET partnership_id = ?, body_id = ? WHERE aggregate_id = ?",
                        updates);
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO view_audit_aggregate (aggregate_id, aggregate_type, partnership_id, body_id)
                        VALUES (?, ?, ?, ?)""", inserts);
            }
            if (!entries.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO view_audit_entry (position, event_id, event_type, aggregate_type, aggregate_id,
                            sequence_number, partnership_id, body_id, resolving_body_id, summary, resolved_by, decided_on,
                            recorded_by, recorder_roles, recorded_at, client_id, correlation_id, causation_id, request_id,
                            exempt_paragraphs, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
            }
            entries.clear();
            known.values().forEach(facts -> facts.changed = false);
        }
    }

    private static Instant recordedAt(Object value, Instant fallback) {
        return value == null ? fallback : Instant.parse(value.toString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
