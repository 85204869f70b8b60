package org.partnershiprecord.api.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log as integrating systems read it: events in global order from any position. Positions are
 * handed out when an event is appended but become visible when its transaction commits, so a
 * position missing below a newer event may still appear. The feed therefore stops before such a
 * hole while it is young, and passes it only once it is older than the gap timeout (a rolled-back
 * append leaves a hole for ever). Readers never miss an event that commits within the timeout.
 */
@Component
public class EventFeed {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration gapTimeout;

    public EventFeed(JdbcTemplate jdbc, Clock clock, @Value("${partnership.feed.gap-timeout:10s}") Duration gapTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /** One event of the feed. */
    public record FeedEvent(long position, String eventId, String type, String payloadType, String revision,
                            String aggregateType, String aggregateId, long sequenceNumber, Instant timestamp,
                            JsonNode payload, JsonNode metadata) {
    }

    /** A page of the feed; resume with {@code after = last}. */
    public record FeedPage(List<FeedEvent> events, long last) {
    }

    public FeedPage after(long after, int limit) {
        List<FeedEvent> rows = jdbc.query("""
                SELECT global_index, event_identifier, payload_type, payload_revision, type, aggregate_identifier,
                       sequence_number, time_stamp, payload, meta_data
                  FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""",
                (rs, row) -> new FeedEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                        simpleName(rs.getString("payload_type")), rs.getString("payload_type"),
                        rs.getString("payload_revision"), rs.getString("type"), rs.getString("aggregate_identifier"),
                        rs.getLong("sequence_number"), Instant.parse(rs.getString("time_stamp")),
                        json(rs.getBytes("payload")), json(rs.getBytes("meta_data"))),
                after, limit);
        List<FeedEvent> safe = new ArrayList<>();
        long expected = after + 1;
        Instant settled = clock.instant().minus(gapTimeout);
        for (FeedEvent event : rows) {
            if (event.position() != expected && after >= 0 && event.timestamp().isAfter(settled)) {
                break;
            }
            safe.add(event);
            expected = event.position() + 1;
        }
        return new FeedPage(safe, safe.isEmpty() ? after : safe.get(safe.size() - 1).position());
    }

    private static JsonNode json(byte[] bytes) {
        return bytes == null ? JSON.createObjectNode() : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    private static String simpleName(String payloadType) {
        int dollar = payloadType.lastIndexOf('$');
        int dot = payloadType.lastIndexOf('.');
        return payloadType.substring(Math.max(dollar, dot) + 1);
    }

}
