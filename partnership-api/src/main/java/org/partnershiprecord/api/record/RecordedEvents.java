package org.partnershiprecord.api.record;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells the API which events a command recorded: an event-bus dispatch interceptor notes each
 * domain event published in the command's unit of work, and a command handler interceptor turns the
 * handler's result into a {@link CommandOutcome} carrying them (complete once the command has committed). This gives the exact aggregate
 * version for the ETag, even when other commands follow at once.
 */
public final class RecordedEvents {

    private static final String RESOURCE = RecordedEvents.class.getName();

    private RecordedEvents() {
    }

    /** One recorded event: its aggregate, sequence number (the aggregate's version) and type. */
    public record Recorded(String aggregateId, long sequenceNumber, String type) {
    }

    /** What a command produced. */
    public record CommandOutcome(Object result, List<Recorded> events) {

        public Recorded last() {
            return events.isEmpty() ? null : events.get(events.size() - 1);
        }
    }

    public static MessageDispatchInterceptor<EventMessage<?>> noteEvents() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                return (index, event) -> {
                    if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                        List<Recorded> recorded = CurrentUnitOfWork.get().root()
                                .getOrComputeResource(RESOURCE, key -> new ArrayList<Recorded>());
                        recorded.add(new Recorded(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(),
                                domainEvent.getPayloadType().getSimpleName()));
                    }
                    return event;
                };
            }
        };
    }

    public static MessageHandlerInterceptor<CommandMessage<?>> reportOutcome() {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                    throws Exception {
                // The event bus runs its dispatch interceptors when the unit of work prepares to commit, after
                // the handler returns: the outcome holds the list they fill, read once the command has committed.
                List<Recorded> recorded = unitOfWork.root().getOrComputeResource(RESOURCE, key -> new ArrayList<>());
                Object result = chain.proceed();
                return new CommandOutcome(result, recorded);
            }
        };
    }
}
