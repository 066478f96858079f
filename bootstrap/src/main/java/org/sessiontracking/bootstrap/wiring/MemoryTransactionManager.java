package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.persistence.memory.MemoryStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * Spring's transactions over the in-memory store's units of work, so that {@link UseCaseTransactions}
 * makes each use case one transaction on either adapter: a commit keeps the writes, a rollback (any
 * exception) undoes them all. A use case called inside another joins its unit of work.
 */
final class MemoryTransactionManager implements PlatformTransactionManager {

    private final MemoryStore store;

    MemoryTransactionManager(MemoryStore store) {
        this.store = store;
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        return new Status(store.begin());
    }

    @Override
    public void commit(TransactionStatus status) {
        Status unit = (Status) status;
        unit.setCompleted();
        if (unit.isRollbackOnly()) {
            unit.work.rollback();
        } else {
            unit.work.commit();
        }
    }

    @Override
    public void rollback(TransactionStatus status) {
        Status unit = (Status) status;
        unit.setCompleted();
        unit.work.rollback();
    }

    private static final class Status extends SimpleTransactionStatus {

        private final MemoryStore.UnitOfWork work;

        Status(MemoryStore.UnitOfWork work) {
            this.work = work;
        }
    }
}
