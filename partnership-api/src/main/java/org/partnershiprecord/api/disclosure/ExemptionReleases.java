package org.partnershiprecord.api.disclosure;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Whether an exempt entry has been released by a recorded decision: its aggregate (the entry's
 * {@code meetingId}, {@code businessCaseId} or {@code aggregateId}) and its item, minute or document,
 * read from the entry or from its {@code payload}; a business case is released as a whole. Until the release view has caught up the entry stays withheld: the safe side.
 */
@Component
public class ExemptionReleases {

    private final JdbcTemplate jdbc;

    public ExemptionReleases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean released(Map<String, Object> fields) {
        Map<String, Object> payload = payload(fields.get("payload"));
        String aggregate = first(fields, payload, "meetingId", "businessCaseId", "aggregateId");
        if (aggregate == null) {
            return false;
        }
        String item = first(fields, payload, "itemNumber");
        String minute = first(fields, payload, "minuteReference");
        String document = first(fields, payload, "documentReference");
        Integer releases = jdbc.queryForObject("""
                SELECT COUNT(*) FROM view_exemption_release
                 WHERE meeting_id = ? AND released_on <= CURRENT_DATE
                   AND ((item_number IS NOT NULL AND item_number = ?)
                                        OR (minute_reference IS NOT NULL AND minute_reference = ?)
                                        OR (document_reference IS NOT NULL AND document_reference = ?)
                                        OR (item_number IS NULL AND minute_reference IS NULL
                                            AND document_reference IS NULL))""",
                Integer.class, aggregate, item, minute, document);
        return releases != null && releases > 0;
    }


    /**
     * The paragraphs an entry is exempt under because the whole aggregate it belongs to is exempt (a
     * business case), or null: events after the submission do not repeat the exemption.
     */
    public String aggregateExemption(Map<String, Object> fields) {
        Map<String, Object> payload = payload(fields.get("payload"));
        String aggregate = first(fields, payload, "businessCaseId", "aggregateId");
        if (aggregate == null) {
            return null;
        }
        return jdbc.query("SELECT paragraphs FROM view_exempt_aggregate WHERE aggregate_id = ?",
                (rs, row) -> rs.getString(1), aggregate).stream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof JsonNode node && node.isObject()) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            node.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
            return fields;
        }
        return Map.of();
    }

    private static String first(Map<String, Object> fields, Map<String, Object> payload, String... names) {
        for (String name : names) {
            String value = text(fields.get(name));
            if (value == null) {
                value = text(payload.get(name));
            }
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            return node.isNull() || node.isMissingNode() ? null : node.asString();
        }
        return value.toString();
    }
}
