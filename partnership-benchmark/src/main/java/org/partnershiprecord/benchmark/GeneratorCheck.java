package org.partnershiprecord.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares two stores filled from the same generated commands, one through the CommandGateway of the running
 * application and one through the batch path: every event must have the same position, aggregate, sequence number,
 * type, payload type and revision, byte-identical payload, and the same metadata keys with the same values except
 * those that are new for every message or every moment (ids and times). The governance directory's tables must
 * hold the same rows.
 */
final class GeneratorCheck {

    /** Metadata that differs between any two recordings of the same command: message ids and clock readings. */
    static final Set<String> VOLATILE_METADATA = Set.of("recordedAt", "requestId", "correlationId", "traceId",
            "causationId");

    private GeneratorCheck() {
    }

    static Map<String, Object> compare(DataSource commands, DataSource batch) throws Exception {
        List<Map<String, Object>> a = rows(commands);
        List<Map<String, Object>> b = rows(batch);
        List<String> differences = new ArrayList<>();
        if (a.size() != b.size()) {
            differences.add("event count " + a.size() + " vs " + b.size());
        }
        Set<String> metadataKeys = new TreeSet<>();
        for (int i = 0; i < Math.min(a.size(), b.size()) && differences.size() < 10; i++) {
            Map<String, Object> x = a.get(i);
            Map<String, Object> y = b.get(i);
            for (String column : List.of("global_index", "aggregate_identifier", "sequence_number", "type",
                    "payload_type", "payload_revision")) {
                if (!Objects.equals(x.get(column), y.get(column))) {
                    differences.add("event " + i + " " + column + ": " + x.get(column) + " vs " + y.get(column));
                }
            }
            if (!Arrays.equals((byte[]) x.get("payload"), (byte[]) y.get("payload"))) {
                differences.add("event " + i + " payload: " + new String((byte[]) x.get("payload")) + " vs "
                        + new String((byte[]) y.get("payload")));
            }
            JsonNode mx = RestTarget.JSON.readTree((byte[]) x.get("meta_data"));
            JsonNode my = RestTarget.JSON.readTree((byte[]) y.get("meta_data"));
            mx.fieldNames().forEachRemaining(metadataKeys::add);
            if (!keys(mx).equals(keys(my))) {
                differences.add("event " + i + " metadata keys: " + keys(mx) + " vs " + keys(my));
            }
            if (!stable(mx).equals(stable(my))) {
                differences.add("event " + i + " metadata: " + stable(mx) + " vs " + stable(my));
            }
            Instant.parse((String) x.get("time_stamp"));
            Instant.parse((String) y.get("time_stamp"));
        }
        for (String table : List.of("directory_partnership", "directory_partnership_authority", "directory_body",
                "directory_power_span")) {
            String sql = "SELECT * FROM " + table + " ORDER BY 1, 2";
            List<String> ra = new JdbcTemplate(commands).queryForList(sql).stream().map(Object::toString).toList();
            List<String> rb = new JdbcTemplate(batch).queryForList(sql).stream().map(Object::toString).toList();
            if (!ra.equals(rb)) {
                differences.add(table + ": " + ra + " vs " + rb);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", a.size());
        result.put("identical", differences.isEmpty());
        result.put("compared", "global_index, aggregate_identifier, sequence_number, type, payload_type,"
                + " payload_revision, payload (bytes), metadata (keys; values except " + new TreeSet<>(VOLATILE_METADATA)
                + "), directory tables");
        result.put("ignored", "event_identifier and time_stamp (new for every recording), volatile metadata values");
        result.put("metadataKeys", metadataKeys);
        result.put("differences", differences);
        return result;
    }

    private static List<Map<String, Object>> rows(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("""
                SELECT global_index, aggregate_identifier, sequence_number, type, payload_type, payload_revision,
                       payload, meta_data, time_stamp
                  FROM domain_event_entry ORDER BY global_index""");
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode stable(JsonNode node) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        VOLATILE_METADATA.forEach(copy::remove);
        return copy;
    }
}
