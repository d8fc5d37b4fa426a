package com.aeghash.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a {@link DataSource} and counts the statements sent to the database: every {@code execute*}
 * call is one round trip, a JDBC batch ({@code executeBatch}) counts once. Used to prove that a path
 * costs a bounded number of statements whatever the data size.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private final AtomicInteger count = new AtomicInteger();
    private final DataSource dataSource;

    public StatementCounter(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result) -> {
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, this::wrapStatements);
            }
            return result;
        });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }

    /** Statements sent while running the work. */
    public int countDuring(Runnable work) {
        reset();
        work.run();
        return count();
    }

    private Object wrapStatements(Method method, Object result) {
        if (result instanceof java.sql.CallableStatement statement) {
            return proxy(java.sql.CallableStatement.class, statement, this::countExecutions);
        }
        if (result instanceof java.sql.PreparedStatement statement) {
            return proxy(java.sql.PreparedStatement.class, statement, this::countExecutions);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, this::countExecutions);
        }
        return result;
    }

    private Object countExecutions(Method method, Object result) {
        return result;
    }

    private <T> T proxy(Class<T> type, T target, ResultMapper mapper) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (EXECUTIONS.contains(method.getName()) && Statement.class.isAssignableFrom(method.getDeclaringClass())) {
                count.incrementAndGet();
            }
            if (method.getName().equals("unwrap") && arguments != null && arguments[0] == type) {
                return proxy;
            }
            try {
                return mapper.map(method, method.invoke(target, arguments));
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @FunctionalInterface
    private interface ResultMapper {
        Object map(Method method, Object result);
    }
}
