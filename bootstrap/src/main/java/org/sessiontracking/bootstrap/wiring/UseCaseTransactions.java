package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.application.common.StorageUnavailableException;
import org.sessiontracking.domain.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Makes every call of a use case one database transaction, without putting Spring into the
 * application module: the bean is a proxy of the in-port interface around the plain use case.
 * Any exception rolls the whole call back, so a refused action never leaves half a save.
 * <p>
 * A database that cannot be reached (stopped, restarting, connection broken) becomes the
 * application's {@link StorageUnavailableException}, whose message the screens show as it is.
 */
public final class UseCaseTransactions {

    private static final Logger log = LoggerFactory.getLogger(UseCaseTransactions.class);

    private final TransactionTemplate transactions;

    public UseCaseTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T transactional(Class<T> inPort, T useCase) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(useCase, args);
            }
            try {
                return transactions.execute(status -> invoke(useCase, method, args));
            } catch (UseCaseFailure failure) {
                throw failure.getCause();
            } catch (RuntimeException failure) {
                StorageUnavailableException unavailable = unavailable(failure);
                if (unavailable != null) {
                    log.warn("{}.{}: {} ({})", inPort.getSimpleName(), method.getName(), unavailable.getMessage(),
                            failure.getMessage());
                    throw unavailable;
                }
                throw failure;
            }
        };
        return inPort.cast(Proxy.newProxyInstance(inPort.getClassLoader(), new Class<?>[]{inPort}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UseCaseFailure(thrown.getCause());
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The application's exception when the failure says the server is gone rather than that the
     * request was wrong: the connection failed or broke (SQLSTATE class 08), the server is shutting
     * down or starting up (57P01-57P03); or, with no database error at all, the pool had no free
     * connection in time (a peak). {@code null} for any other failure.
     */
    static StorageUnavailableException unavailable(Throwable failure) {
        if (failure instanceof DomainException) {
            return null;
        }
        boolean poolTimeout = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return StorageUnavailableException.unreachable(failure);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return StorageUnavailableException.unreachable(failure);
            }
            poolTimeout |= cause instanceof SQLTransientConnectionException;
        }
        return poolTimeout ? StorageUnavailableException.busy(failure) : null;
    }

    /** Carries a checked exception out of the transaction callback, after the rollback. */
    private static final class UseCaseFailure extends RuntimeException {
        UseCaseFailure(Throwable cause) {
            super(cause);
        }
    }
}
