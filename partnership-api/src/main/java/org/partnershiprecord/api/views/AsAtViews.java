package org.partnershiprecord.api.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.api.views.RecordedEvents.Scope;
import org.partnershiprecord.api.views.ScratchViews.Scratch;
import org.partnershiprecord.projections.common.EventFacts;

/**
 * Builds the views as they stood at a past moment, for one read, by replaying the events in scope
 * into a scratch copy of the views. As known: every event recorded up to the position or moment,
 * corrections included only if already recorded. As decided: every event recorded up to now whose
 * decision is dated on or before the date (undated facts and corrections of recorded details are
 * kept; an aggregate whose first event is decided later is left out with everything after it).
 */
public class AsAtViews {

    /** Events handed to the projections per unit of work, as a view's processor batches them. */
    private static final int BATCH = 500;

    private final RecordedEvents events;
    private final ScratchViews scratchViews;
    private final ViewPositions positions;

    public AsAtViews(RecordedEvents events, ScratchViews scratchViews, ViewPositions positions) {
        this.events = events;
        this.scratchViews = scratchViews;
        this.positions = positions;
    }

    /** The views (all, or the given projections) as at {@code asAt}, built from the events in {@code scope}; closing it frees them. */
    public Replayed replay(AsAt asAt, Scope scope, Class<?>... views) {
        if (asAt.atPosition() != null && asAt.atPosition() > positions.head()) {
            throw ApiProblem.badRequest("POSITION_NOT_RECORDED", "No event is recorded at position "
                    + asAt.atPosition() + "; the record's last position is " + positions.head() + ".");
        }
        Scratch scratch = scratchViews.borrow();
        try {
            var projections = scratch.projections(views);
            Set<String> decidedLater = new HashSet<>();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            long[] last = {-1};
            events.read(scope, asAt.atPosition(), asAt.knownAt(), event -> {
                if (!asAt.decided() || decidedBy(event, asAt.decidedAsAt(), decidedLater)) {
                    batch.add(event);
                    last[0] = event.trackingToken().position().orElse(last[0]);
                    if (batch.size() == BATCH) {
                        handle(batch, scratch, projections);
                    }
                }
            });
            handle(batch, scratch, projections);
            scratch.commit();
            return new Replayed(scratch, last[0], ViewReads.readFrom(scratch.dataSource()));
        } catch (RuntimeException e) {
            scratchViews.giveBack(scratch);
            throw e;
        }
    }

    /**
     * Hands a batch of events to the projections in one unit of work, as a view's processor does, so the
     * projections that write a batch at once (the audit trail, the register) do so here too.
     */
    private static void handle(List<TrackedEventMessage<?>> batch, Scratch scratch,
                               List<AnnotationEventHandlerAdapter> projections) {
        if (batch.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<TrackedEventMessage<?>> unit = new BatchingUnitOfWork<>(List.copyOf(batch));
        batch.clear();
        ResultMessage<?> result = unit.executeWithResult(() -> {
            scratch.handle(unit.getMessage(), projections);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    private static boolean decidedBy(org.axonframework.eventhandling.EventMessage<?> event, LocalDate date,
                                     Set<String> decidedLater) {
        String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        if (aggregate != null && decidedLater.contains(aggregate)) {
            return false;
        }
        Optional<LocalDate> decidedOn = EventFacts.decidedOn(event.getPayload());
        if (decidedOn.isPresent() && decidedOn.get().isAfter(date)) {
            if (event instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0) {
                decidedLater.add(aggregate);
            }
            return false;
        }
        return true;
    }

    /** Views replayed for one read; {@code lastPosition} is the position of the last event replayed, or -1. */
    public final class Replayed implements AutoCloseable {

        private final Scratch scratch;
        private final long lastPosition;
        private final AutoCloseable reading;

        private Replayed(Scratch scratch, long lastPosition, AutoCloseable reading) {
            this.scratch = scratch;
            this.lastPosition = lastPosition;
            this.reading = reading;
        }

        public long lastPosition() {
            return lastPosition;
        }

        @Override
        public void close() {
            try {
                reading.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                scratchViews.giveBack(scratch);
            }
        }
    }
}
