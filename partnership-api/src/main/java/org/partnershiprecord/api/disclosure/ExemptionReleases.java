package org.partnershiprecord.api.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Whether an exempt entry has been released by a recorded decision: its aggregate (the entry's
 * {@code meetingId}, {@code businessCaseId} or {@code aggregateId}) and its item, minute or document,
 * read from the entry or from its {@code payload}; a business case is released as a whole. Until the release view has
 * caught up the entry stays withheld: the safe side.
 * <p>
 * The filter asks about every entry of an answer, so the facts are read once per answer, for all the aggregates the
 * answer names ({@link #snapshot}), rather than with a query per entry.
 */
@Component
public class ExemptionReleases {

    /** PostgreSQL and H2 both take this many bind parameters in an IN list comfortably. */
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    public ExemptionReleases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The releases in effect today and the wholly exempt aggregates among {@code aggregateIds}, read now. */
    public Snapshot snapshot(Collection<String> aggregateIds) {
        Map<String, List<Release>> releases = new HashMap<>();
        Map<String, String> exemptAggregates = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(aggregateIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            jdbc.query("SELECT meeting_id, item_number, minute_reference, document_reference FROM view_exemption_release"
                            + " WHERE released_on <= CURRENT_DATE AND meeting_id IN (" + in + ")",
                    rs -> {
                        releases.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                                .add(new Release(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }, chunk.toArray());
            jdbc.query("SELECT aggregate_id, paragraphs FROM view_exempt_aggregate WHERE aggregate_id IN (" + in + ")",
                    rs -> {
                        exemptAggregates.put(rs.getString(1), rs.getString(2));
                    }, chunk.toArray());
        }
        return new Snapshot(releases, exemptAggregates);
    }

    /** A release of one item, minute or document of a meeting, or (all null) of a whole aggregate. */
    private record Release(String itemNumber, String minuteReference, String documentReference) {

        boolean covers(String item, String minute, String document) {
            return (itemNumber != null && itemNumber.equals(item))
                    || (minuteReference != null && minuteReference.equals(minute))
                    || (documentReference != null && documentReference.equals(document))
                    || (itemNumber == null && minuteReference == null && documentReference == null);
        }
    }

    /** The release facts for one answer. */
    public static final class Snapshot {

        private final Map<String, List<Release>> releases;
        private final Map<String, String> exemptAggregates;

        private Snapshot(Map<String, List<Release>> releases, Map<String, String> exemptAggregates) {
            this.releases = releases;
            this.exemptAggregates = exemptAggregates;
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
            return releases.getOrDefault(aggregate, List.of()).stream()
                    .anyMatch(release -> release.covers(item, minute, document));
        }

        /**
         * The paragraphs an entry is exempt under because the whole aggregate it belongs to is exempt (a
         * business case), or null: events after the submission do not repeat the exemption.
         */
        public String aggregateExemption(Map<String, Object> fields) {
            Map<String, Object> payload = payload(fields.get("payload"));
            String aggregate = first(fields, payload, "businessCaseId", "aggregateId");
            return aggregate == null ? null : exemptAggregates.get(aggregate);
        }
    }

    /** The names whose values identify the aggregate an entry belongs to (in the entry or in its payload). */
    static final List<String> AGGREGATE_FIELDS = List.of("meetingId", "businessCaseId", "aggregateId");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof JsonNode node && node.isObject()) {
            Map<String, Object> fields = new LinkedHashMap<>();
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

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            return node.isNull() || node.isMissingNode() ? null : node.asString();
        }
        return value.toString();
    }
}
