package org.partnershiprecord.api.exports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.partnershiprecord.api.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an event-log export into an empty store: every event with its original id, aggregate,
 * sequence, time and metadata (who recorded it), in the order exported. The views then build from
 * it as from any log. Only into an empty store, and only by the monitoring officer.
 */
@RestController
@Tag(name = "Export", description = "The event log as JSON Lines, the decision register as CSV")
class RestoreController {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final ObjectMapper events;

    RestoreController(EventStore eventStore, TransactionManager transactions, JdbcTemplate jdbc,
                      @org.springframework.beans.factory.annotation.Qualifier("defaultAxonObjectMapper") ObjectMapper events) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What a restore did. */
    record Restored(int events, long lastPosition) {
    }

    @Operation(summary = "Restore an event-log export (JSON Lines) into an empty store",
            description = "The body is the output of GET /api/exports/events taken by the monitoring officer.")
    @PostMapping(path = "/api/admin/restore", consumes = {"application/x-ndjson", "application/jsonl"})
    Restored restore(HttpServletRequest request) throws IOException {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        if (existing != null && existing > 0) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "STORE_NOT_EMPTY",
                    "A restore goes into an empty store only; this one holds " + existing + " events.");
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    messages.add(message(line, number));
                    positions.add(position(line, number, positions));
                }
            }
        }
        transactions.executeInTransaction(() -> {
            eventStore.publish(messages);
            keepPositions(messages, positions);
        });
        Long last = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        LOG.info("{} restored {} events from an export", SecurityContextHolder.getContext().getAuthentication().getName(),
                messages.size());
        return new Restored(messages.size(), last == null ? 0 : last);
    }

    /** The position the event had in the exported log: strictly after the one before it. */
    private static long position(String line, int number, List<Long> before) {
        JsonNode position = JSON.readTree(line).get("position");
        long previous = before.isEmpty() ? 0 : before.get(before.size() - 1);
        if (position == null || !position.canConvertToLong() || position.asLong() <= previous) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "INVALID_EXPORT_LINE", "Line " + number
                    + " has no position after the line before it's (" + previous + ")", Map.of("line", number));
        }
        return position.asLong();
    }

    /**
     * The restored events keep the positions they had: integrating systems resume the feed by position, and
     * the exported log may have gaps (appends that rolled back) that the store would otherwise close up. Moved
     * from the last event back, each to a position at or above its new one, so no two ever collide; then the
     * store hands out positions after the last.
     */
    private void keepPositions(List<DomainEventMessage<?>> messages, List<Long> positions) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ? AND global_index <> ?",
                    positions.get(i), messages.get(i).getIdentifier(), positions.get(i));
        }
        if (positions.isEmpty()) {
            return;
        }
        long last = positions.get(positions.size() - 1);
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(database)) {
            jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), ?)",
                    Long.class, last);
        } else {
            jdbc.execute("ALTER TABLE domain_event_entry ALTER COLUMN global_index RESTART WITH " + (last + 1));
        }
    }

    private DomainEventMessage<?> message(String line, int number) {
        try {
            JsonNode event = JSON.readTree(line);
            Class<?> type = Class.forName(event.get("payloadType").asString());
            if (!type.getName().startsWith("org.partnershiprecord.domain.")) {
                throw new ClassNotFoundException(type.getName());
            }
            Object payload = events.readValue(event.get("payload").toString(), type);
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = events.readValue(event.get("metadata").toString(), Map.class);
            return new GenericDomainEventMessage<>(event.get("aggregateType").asString(),
                    event.get("aggregateId").asString(), event.get("sequenceNumber").asLong(), payload,
                    MetaData.from(metadata), event.get("eventId").asString(),
                    Instant.parse(event.get("timestamp").asString()));
        } catch (ClassNotFoundException | IOException | RuntimeException bad) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "INVALID_EXPORT_LINE",
                    "Line " + number + " is not an event of an export: " + bad.getMessage(), Map.of("line", number));
        }
    }
}
