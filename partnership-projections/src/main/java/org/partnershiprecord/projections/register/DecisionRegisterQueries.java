package org.partnershiprecord.projections.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.register.DecisionRegisterEntry.Effect;
import org.partnershiprecord.projections.register.DecisionRegisterEntry.Rescission;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the decision register: the rows of one resolution (the meeting's minute and the decisions
 * it authorised elsewhere in the record) are gathered into one entry, ordered by date.
 */
public class DecisionRegisterQueries {

    private final JdbcTemplate jdbc;

    public DecisionRegisterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters; null fields do not filter. Dates are decision dates, inclusive. */
    public record Filter(String partnershipId, String bodyId, LocalDate from, LocalDate to) {
    }

    private record Row(long position, String eventType, String aggregateType, String aggregateId, String partnershipId,
                       String bodyId, String bodyName, LocalDate decidedOn, String minuteReference, String wording,
                       String subjectTo, String conditionStatus, String action, String effect, String exemptParagraphs,
                       boolean corrected, String itemNumber, ResolutionView rescindedBy, Long rescindedIn) {

        /**
         * One resolution: the same body, date and minute. Without a stated date, minutes of different
         * meetings could share a reference, so the meeting (the aggregate) is part of the key then.
         */
        List<Object> key() {
            Object sitting = decidedOn != null ? decidedOn : aggregateId;
            return minuteReference == null
                    ? java.util.Arrays.asList(bodyId, bodyName, sitting, null, wording)
                    : java.util.Arrays.asList(bodyId, bodyName, sitting, minuteReference, null);
        }
    }

    public List<DecisionRegisterEntry> entries(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM view_decision WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (filter.bodyId() != null) {
            sql.append(" AND body_id = ?");
            arguments.add(filter.bodyId());
        }
        if (filter.from() != null) {
            sql.append(" AND decided_on >= ?");
            arguments.add(Sql.date(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND decided_on <= ?");
            arguments.add(Sql.date(filter.to()));
        }
        sql.append(" ORDER BY position");
        List<Row> rows = jdbc.query(sql.toString(), (rs, n) -> new Row(rs.getLong("position"), rs.getString("event_type"),
                rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("partnership_id"),
                rs.getString("body_id"), rs.getString("body_name"), Sql.localDate(rs, "decided_on"),
                rs.getString("minute_reference"), rs.getString("wording"), rs.getString("subject_to"),
                rs.getString("condition_status"), rs.getString("action"), rs.getString("effect"),
                rs.getString("exempt_paragraphs"), rs.getBoolean("corrected"), rs.getString("item_number"),
                JsonColumns.resolution(rs.getString("rescinded_by")), rs.getObject("rescinded_in", Long.class)),
                arguments.toArray());

        Map<List<Object>, List<Row>> byResolution = new LinkedHashMap<>();
        rows.forEach(row -> byResolution.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
        List<DecisionRegisterEntry> entries = new ArrayList<>();
        for (List<Row> group : byResolution.values()) {
            // The meeting's own minute is the authority for wording, action and condition when it is recorded.
            Row minute = group.stream().filter(r -> "ResolutionRecorded".equals(r.eventType())).findFirst()
                    .orElse(group.get(0));
            if (filter.partnershipId() != null
                    && group.stream().noneMatch(r -> filter.partnershipId().equals(r.partnershipId()))) {
                continue;
            }
            String partnershipId = filter.partnershipId() != null ? filter.partnershipId()
                    : group.stream().map(Row::partnershipId).filter(Objects::nonNull).findFirst().orElse(null);
            String exempt = group.stream().map(Row::exemptParagraphs).filter(Objects::nonNull).findFirst().orElse(null);
            Rescission rescission = group.stream().filter(r -> r.rescindedBy() != null).findFirst()
                    .map(r -> new Rescission(r.rescindedBy(), r.rescindedIn())).orElse(null);
            entries.add(new DecisionRegisterEntry(minute.aggregateId(), minute.itemNumber(), minute.bodyId(),
                    minute.bodyName(), minute.decidedOn(),
                    minute.minuteReference(), minute.wording(), minute.subjectTo(), minute.conditionStatus(),
                    minute.action(), partnershipId, exempt, group.stream().anyMatch(Row::corrected),
                    rescission != null, rescission,
                    group.stream().map(r -> new Effect(r.position(), r.eventType(), r.aggregateType(), r.aggregateId(),
                            r.effect())).toList()));
        }
        entries.sort(java.util.Comparator.comparing(DecisionRegisterEntry::decidedOn,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return entries;
    }
}
