package org.partnershiprecord.projections.common;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event's own position in the log (its global index). Not the tracking token's position: when an
 * event that committed late fills a gap, the token still names the highest position seen, which
 * another event already holds.
 */
public final class EventPositions {

    private EventPositions() {
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        Long position = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, event.getIdentifier());
        if (position == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the log");
        }
        return position;
    }
}
