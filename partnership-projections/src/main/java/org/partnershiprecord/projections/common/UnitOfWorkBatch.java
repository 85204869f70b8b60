package org.partnershiprecord.projections.common;

import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection gathers over the batch of events its processor handles in one unit of work, to write it
 * together just before the batch commits. Outside a unit of work there is no batch to wait for: the caller gets a
 * fresh one (told so by a null unit of work) and writes at once.
 */
public final class UnitOfWorkBatch {

    private UnitOfWorkBatch() {
    }

    /**
     * The current unit of work's batch under {@code key}, created by {@code create} on first use with
     * {@code flush} registered to run before the unit of work commits; outside one, {@code create.apply(null)}.
     */
    public static <B> B current(String key, Function<UnitOfWork<?>, B> create, Consumer<B> flush) {
        if (!CurrentUnitOfWork.isStarted()) {
            return create.apply(null);
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(key, name -> {
            B batch = create.apply(unitOfWork);
            unitOfWork.onPrepareCommit(committing -> flush.accept(batch));
            return batch;
        });
    }
}
