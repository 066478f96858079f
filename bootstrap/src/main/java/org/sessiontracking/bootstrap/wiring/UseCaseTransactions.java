package org.sessiontracking.bootstrap.wiring;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Makes every call of a use case one database transaction, without putting Spring into the
 * application module: the bean is a proxy of the in-port interface around the plain use case.
 * Any exception rolls the whole call back, so a refused action never leaves half a save.
 */
public final class UseCaseTransactions {

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

    /** Carries a checked exception out of the transaction callback, after the rollback. */
    private static final class UseCaseFailure extends RuntimeException {
        UseCaseFailure(Throwable cause) {
            super(cause);
        }
    }
}
