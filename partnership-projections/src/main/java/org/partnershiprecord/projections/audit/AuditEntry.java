package org.partnershiprecord.projections.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * One entry of the audit trail: an event of the log with what changed ({@code payload}), who
 * resolved it, who recorded it, when, and through which client.
 *
 * @param position         the event's global position in the log
 * @param exemptParagraphs Schedule 12A paragraphs its content is exempt under ("1,2"), or null
 * @param payload          the event's content as plain JSON values (maps, lists, strings, numbers)
 */
public record AuditEntry(long position, String eventId, String eventType, String aggregateType, String aggregateId,
                         long sequenceNumber, String partnershipId, String bodyId, String summary,
                         ResolutionView resolvedBy, LocalDate decidedOn, String recordedBy, String recorderRoles,
                         Instant recordedAt, String clientId, String correlationId, String causationId,
                         String requestId, String exemptParagraphs, Object payload) {
}
