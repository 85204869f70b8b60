package org.partnershiprecord.api.views;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads stored events straight from the event table in global order, narrowed to one aggregate type
 * or one aggregate and cut off at a position or a moment, and turns them into the same messages
 * Axon's storage engine hands to event processors (same serializer, same upcaster chain).
 */
public class RecordedEvents {

    /** Rows are fetched in pages of this size, so a long history is streamed, not held in memory. */
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    public RecordedEvents(JdbcTemplate jdbc, TransactionTemplate readOnly, Serializer serializer,
                          EventUpcaster upcasters) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /** Which events a view is built from: all, one aggregate type, or one aggregate (of that type). */
    public record Scope(String aggregateType, String aggregateId) {

        public static final Scope WHOLE_RECORD = new Scope(null, null);
    }

    /**
     * Hands every event in scope recorded at or before the cut-off (a position, a moment, or neither)
     * to {@code sink} in global order.
     */
    public void read(Scope scope, Long atPosition, Instant knownAt, Consumer<TrackedEventMessage<?>> sink) {
        StringBuilder sql = new StringBuilder("""
                SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                       payload_type, payload_revision, payload, meta_data
                  FROM domain_event_entry WHERE 1 = 1""");
        List<Object> arguments = new ArrayList<>();
        if (scope.aggregateId() != null) {
            sql.append(" AND aggregate_identifier = ?");
            arguments.add(scope.aggregateId());
        }
        if (scope.aggregateType() != null) {
            sql.append(" AND type = ?");
            arguments.add(scope.aggregateType());
        }
        if (atPosition != null) {
            sql.append(" AND global_index <= ?");
            arguments.add(atPosition);
        }
        if (knownAt != null) {
            // Axon stores timestamps as fixed-width UTC text (milliseconds, 'Z'), so text order is time order.
            sql.append(" AND time_stamp <= ?");
            arguments.add(DateTimeUtils.formatInstant(knownAt.truncatedTo(ChronoUnit.MILLIS)));
        }
        sql.append(" ORDER BY global_index");
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql.toString());
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(i + 1, arguments.get(i));
            }
            return statement;
        }, rs -> {
            String timestamp = rs.getString("time_stamp");
            long position = rs.getLong("global_index");
            TrackedDomainEventData<byte[]> data = new TrackedDomainEventData<>(
                    new GlobalSequenceTrackingToken(position),
                    new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                            rs.getLong("sequence_number"), rs.getString("event_identifier"), timestamp,
                            rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                            rs.getBytes("meta_data")));
            try (Stream<TrackedEventMessage<?>> messages =
                         EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), serializer, upcasters)) {
                messages.forEach(sink);
            }
        }));
    }
}
