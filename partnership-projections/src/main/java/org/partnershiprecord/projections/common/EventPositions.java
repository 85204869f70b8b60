package org.partnershiprecord.projections.common;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event's own position in the log (its global index). Not a gap-aware tracking token's position:
 * when an event that committed late fills a gap, the token still names the highest position seen,
 * which another event already holds. A plain global-sequence token is exact (it is what the as-at
 * replay, which reads events one by one, hands over); otherwise the log is asked.
 */
public final class EventPositions {

    private EventPositions() {
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked
                && tracked.trackingToken() instanceof GlobalSequenceTrackingToken exact) {
            return exact.getGlobalIndex();
        }
        Long position = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, event.getIdentifier());
        if (position == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the log");
        }
        return position;
    }
}
