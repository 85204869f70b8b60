package org.partnershiprecord.api.admin;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Holds a view's replay at a chosen point, so a test sees a rebuild RUNNING for as long as it needs to (rather than
 * hoping the log is long enough). Lets {@code allowance} replayed events through, then blocks the next one until
 * opened (at most a minute, so a failing test never wedges the view). Live events always pass. Registered on the
 * running processor and removed on close: the application's configuration is untouched.
 */
final class ReplayGate implements MessageHandlerInterceptor<EventMessage<?>>, AutoCloseable {

    private final CountDownLatch opened = new CountDownLatch(1);
    private final AtomicInteger passed = new AtomicInteger();
    private final int allowance;
    private Registration registration;

    private ReplayGate(int allowance) {
        this.allowance = allowance;
    }

    static ReplayGate closedOn(EventProcessingConfiguration processing, String processor, int allowance) {
        ReplayGate gate = new ReplayGate(allowance);
        gate.registration = processing.eventProcessor(processor)
                .orElseThrow(() -> new IllegalArgumentException("No processor " + processor))
                .registerHandlerInterceptor(gate);
        return gate;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (ReplayToken.isReplay(unitOfWork.getMessage()) && passed.incrementAndGet() > allowance) {
            opened.await(1, TimeUnit.MINUTES);
        }
        return chain.proceed();
    }

    void open() {
        opened.countDown();
    }

    @Override
    public void close() {
        open();
        registration.cancel();
    }
}
