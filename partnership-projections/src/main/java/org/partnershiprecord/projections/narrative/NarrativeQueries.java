package org.partnershiprecord.projections.narrative;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiprecord.projections.common.EventFacts;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.json.RecordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the record in words from the audit trail at read time: each row's payload is read back into
 * its event class (found from the event type among the permitted subclasses of the sealed event
 * interfaces) and put into words by {@link Narrative}. Nothing is stored, so a better sentence
 * needs no rebuild.
 */
public class NarrativeQueries {

    private static final Logger LOG = LoggerFactory.getLogger(NarrativeQueries.class);
    private static final ObjectMapper JSON = RecordJson.objectMapper();
    private static final Map<String, Class<?>> EVENT_CLASSES = eventClasses();
    /** Rows read at a time when a date filter has to be applied to the sentences' own dates. */
    private static final int SCAN = 500;

    private final JdbcTemplate jdbc;

    public NarrativeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A filter; null fields do not filter. {@code bodyId} matches the body an entry concerns or the body
     * that resolved it. {@code from}/{@code to} (inclusive) bound the date an entry speaks of, so entries
     * without a date are left out when either is given.
     */
    public record Filter(String partnershipId, String aggregateId, String bodyId, LocalDate from, LocalDate to) {

        boolean dated() {
            return from != null || to != null;
        }

        boolean admits(LocalDate date) {
            if (!dated()) {
                return true;
            }
            return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** A page of the record; {@code nextAfter} is the {@code after} of the following page, null at the end. */
    public record Page(List<NarrativeLine> lines, Long nextAfter) {
    }

    private record Row(long position, String eventType, String aggregateType, String aggregateId,
                       String partnershipId, String bodyId, String summary, String recordedBy, Instant recordedAt,
                       String clientId, String exemptParagraphs, String payload) {
    }

    /** Entries after {@code afterPosition}, at most {@code limit}, in log order. */
    public Page page(Filter filter, long afterPosition, int limit) {
        List<NarrativeLine> lines = new ArrayList<>();
        long cursor = afterPosition;
        int batch = filter.dated() ? Math.max(limit, SCAN) : limit;
        while (lines.size() < limit) {
            List<Row> rows = rows(filter, cursor, batch);
            for (Row row : rows) {
                cursor = row.position();
                NarrativeLine line = line(row);
                if (filter.admits(line.date())) {
                    lines.add(line);
                    if (lines.size() == limit) {
                        break;
                    }
                }
            }
            if (rows.size() < batch) {
                break;
            }
        }
        Long next = lines.size() == limit ? lines.get(lines.size() - 1).position() : null;
        return new Page(lines, next);
    }

    /** Every entry of one aggregate (a programme, a post, an agreement, a meeting...), in log order. */
    public List<NarrativeLine> history(String aggregateId) {
        return jdbc.query("SELECT * FROM view_audit_entry WHERE aggregate_id = ? ORDER BY position",
                (rs, n) -> row(rs), aggregateId).stream().map(NarrativeQueries::line).toList();
    }

    /**
     * Every entry of one service area of a programme, in log order: the entries that name it
     * ({@code serviceAreaId}) or include it (an endorsement's {@code directions}).
     */
    public List<NarrativeLine> serviceAreaHistory(String programmeId, String serviceAreaId) {
        return jdbc.query("SELECT * FROM view_audit_entry WHERE aggregate_id = ? ORDER BY position",
                        (rs, n) -> row(rs), programmeId).stream()
                .filter(row -> concernsServiceArea(row.payload(), serviceAreaId))
                .map(NarrativeQueries::line).toList();
    }

    private static boolean concernsServiceArea(String payload, String serviceAreaId) {
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (JsonProcessingException unreadable) {
            return false;
        }
        if (serviceAreaId.equals(event.path("serviceAreaId").asText(null))) {
            return true;
        }
        for (JsonNode direction : event.path("directions")) {
            if (serviceAreaId.equals(direction.path("serviceAreaId").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private List<Row> rows(Filter filter, long afterPosition, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM view_audit_entry WHERE position > ?");
        List<Object> arguments = new ArrayList<>();
        arguments.add(afterPosition);
        org.partnershiprecord.projections.audit.AuditTrailQueries.concerning(sql, arguments, filter.partnershipId(),
                filter.aggregateId(), filter.bodyId());
        // decided_on is the date of the resolution an entry carries, which is the date its sentence speaks of;
        // entries without one are dated by the event itself, known only once it is read.
        if (filter.from() != null) {
            sql.append(" AND (decided_on IS NULL OR decided_on >= ?)");
            arguments.add(Sql.date(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND (decided_on IS NULL OR decided_on <= ?)");
            arguments.add(Sql.date(filter.to()));
        }
        sql.append(" ORDER BY position LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs), arguments.toArray());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp recordedAt = rs.getTimestamp("recorded_at");
        return new Row(rs.getLong("position"), rs.getString("event_type"), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), rs.getString("partnership_id"), rs.getString("body_id"),
                rs.getString("summary"), rs.getString("recorded_by"),
                recordedAt == null ? null : recordedAt.toInstant(), rs.getString("client_id"),
                rs.getString("exempt_paragraphs"), rs.getString("payload"));
    }

    private static NarrativeLine line(Row row) {
        Narrative.Recorded recorded = new Narrative.Recorded(row.recordedBy(), row.recordedAt(), row.clientId());
        JsonNode payload = null;
        Narrative.Line line;
        String bodyName = null;
        String minuteReference = null;
        try {
            payload = JSON.readTree(row.payload());
            Object event = JSON.treeToValue(payload, eventClass(row.eventType()).orElseThrow(
                    () -> new IllegalArgumentException("No event class is named " + row.eventType())));
            line = Narrative.narrate(event, recorded);
            Optional<ResolutionView> resolution = EventFacts.resolution(event);
            bodyName = resolution.map(ResolutionView::bodyName).orElse(null);
            minuteReference = resolution.map(ResolutionView::minuteReference).orElse(null);
        } catch (Exception unreadable) {
            // One entry that cannot be put into words must not hide the rest of the record.
            LOG.warn("Entry {} ({}) cannot be put into words: {}", row.position(), row.eventType(),
                    unreadable.toString());
            line = new Narrative.Line(null, Narrative.unwritten(row.summary(), recorded));
        }
        bodyName = first(bodyName, text(payload, "bodyName"));
        minuteReference = first(text(payload, "minuteReference"), minuteReference);
        return new NarrativeLine(row.position(), line.date(), line.sentence(), row.summary(), row.eventType(),
                row.aggregateType(), row.aggregateId(), row.partnershipId(), row.bodyId(), bodyName, minuteReference,
                text(payload, "itemNumber"), text(payload, "documentReference"), row.recordedBy(), row.recordedAt(), row.clientId(),
                row.exemptParagraphs());
    }

    /** The event class of an audit row's event type: the simple names of the record's events are unique. */
    static Optional<Class<?>> eventClass(String eventType) {
        return Optional.ofNullable(EVENT_CLASSES.get(eventType));
    }

    private static Map<String, Class<?>> eventClasses() {
        Map<String, Class<?>> classes = new HashMap<>();
        for (Class<?> family : Narrative.EVENT_TYPES) {
            for (Class<?> type : family.getPermittedSubclasses()) {
                Class<?> earlier = classes.put(type.getSimpleName(), type);
                if (earlier != null) {
                    throw new IllegalStateException("Two event classes share the name " + type.getSimpleName()
                            + " (" + earlier.getName() + ", " + type.getName() + "): the audit trail cannot tell them apart");
                }
            }
        }
        return Map.copyOf(classes);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String first(String one, String other) {
        return one != null ? one : other;
    }
}
