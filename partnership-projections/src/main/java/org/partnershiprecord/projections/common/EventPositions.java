package org.partnershiprecord.projections.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event's own position in the log (its global index). Not the tracking token's position: when an
 * event that committed late fills a gap, the token still names the highest position seen, which
 * another event already holds. A plain global-sequence token is exact (it is what the as-at replay,
 * which reads events one by one, hands over).
 * <p>
 * A view's processor handles events in batches (one unit of work each): the positions of the whole batch are read with
 * one query when the first of them is asked for, instead of one query per event (a rebuild reads the whole log).
 */
public final class EventPositions {

    private static final String BATCH_POSITIONS = EventPositions.class.getName() + ".batch";
    private static final int CHUNK = 500;

    private EventPositions() {
    }

    public static long of(JdbcTemplate jdbc, EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked
                && tracked.trackingToken() instanceof GlobalSequenceTrackingToken exact) {
            return exact.getGlobalIndex();
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.getMessages().size() > 1) {
                Map<String, Long> positions = unitOfWork.getOrComputeResource(BATCH_POSITIONS,
                        key -> positions(jdbc, batch.getMessages()));
                Long position = positions.get(event.getIdentifier());
                if (position != null) {
                    return position;
                }
            }
        }
        Long position = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, event.getIdentifier());
        if (position == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the log");
        }
        return position;
    }

    private static Map<String, Long> positions(JdbcTemplate jdbc, List<?> messages) {
        List<String> ids = messages.stream().filter(EventMessage.class::isInstance)
                .map(message -> ((EventMessage<?>) message).getIdentifier()).toList();
        Map<String, Long> positions = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        positions.put(rs.getString(1), rs.getLong(2));
                    }, chunk.toArray());
        }
        return positions;
    }
}
