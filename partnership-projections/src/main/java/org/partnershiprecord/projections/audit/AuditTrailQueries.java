package org.partnershiprecord.projections.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the audit trail, filtered, a page at a time in log order. */
public class AuditTrailQueries {

    private final JdbcTemplate jdbc;

    public AuditTrailQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A filter on the audit trail; null fields do not filter. {@code bodyId} matches the body an entry
     * concerns or the body that resolved it. {@code from}/{@code to} bound the time recorded (to exclusive).
     */
    public record Filter(String partnershipId, String aggregateId, String bodyId, String recordedBy, Instant from,
                         Instant to) {
    }

    /**
     * Narrows a query on {@code view_audit_entry} to what entries concern: a partnership, an aggregate,
     * a body (the body concerned or the one resolving). Null arguments do not narrow.
     */
    public static void concerning(StringBuilder sql, List<Object> arguments, String partnershipId, String aggregateId,
                                  String bodyId) {
        if (partnershipId != null) {
            sql.append(" AND partnership_id = ?");
            arguments.add(partnershipId);
        }
        if (aggregateId != null) {
            sql.append(" AND aggregate_id = ?");
            arguments.add(aggregateId);
        }
        if (bodyId != null) {
            sql.append(" AND (body_id = ? OR resolving_body_id = ?)");
            arguments.add(bodyId);
            arguments.add(bodyId);
        }
    }

    /** Entries after {@code afterPosition}, at most {@code limit}, in log order. */
    public List<AuditEntry> page(Filter filter, long afterPosition, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM view_audit_entry WHERE position > ?");
        List<Object> arguments = new ArrayList<>();
        arguments.add(afterPosition);
        concerning(sql, arguments, filter.partnershipId(), filter.aggregateId(), filter.bodyId());
        if (filter.recordedBy() != null) {
            sql.append(" AND recorded_by = ?");
            arguments.add(filter.recordedBy());
        }
        if (filter.from() != null) {
            sql.append(" AND recorded_at >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND recorded_at < ?");
            arguments.add(Timestamp.from(filter.to()));
        }
        sql.append(" ORDER BY position LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> new AuditEntry(rs.getLong("position"), rs.getString("event_id"),
                rs.getString("event_type"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                rs.getLong("sequence_number"), rs.getString("partnership_id"), rs.getString("body_id"),
                rs.getString("summary"), JsonColumns.resolution(rs.getString("resolved_by")),
                Sql.localDate(rs, "decided_on"), rs.getString("recorded_by"), rs.getString("recorder_roles"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("client_id"), rs.getString("correlation_id"),
                rs.getString("causation_id"), rs.getString("request_id"), rs.getString("exempt_paragraphs"),
                JsonColumns.read(rs.getString("payload"), Object.class)), arguments.toArray());
    }
}
