package com.aeghash.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts the SQL statements a piece of work sends: every {@code execute*} call of a statement (a JDBC
 * batch counts once: it is one round trip of many rows). Only work run through {@link #record} on the
 * calling thread is counted, so background jobs sharing the data source do not disturb the count.
 * Transaction control (BEGIN/COMMIT) is not a statement here.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementCounter() {}

    /** What the work returned and the statements it sent, in order (SQL text of each). */
    public record Recorded<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    public static <T> Recorded<T> record(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            return new Recorded<>(work.get(), List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    public static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, result, arguments) -> {
            if (result instanceof Connection connection) {
                return wrapConnection(connection);
            }
            return result;
        });
    }

    private static Connection wrapConnection(Connection target) {
        return proxy(Connection.class, target, (method, result, arguments) -> {
            String sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text : null;
            if (result instanceof CallableStatement statement) {
                return wrapStatement(CallableStatement.class, statement, sql);
            }
            if (result instanceof PreparedStatement statement) {
                return wrapStatement(PreparedStatement.class, statement, sql);
            }
            if (result instanceof Statement statement) {
                return wrapStatement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S wrapStatement(Class<S> type, S target, String preparedSql) {
        return proxy(type, target, (method, result, arguments) -> result, (method, arguments) -> {
            List<String> recording = RECORDING.get();
            if (recording != null && EXECUTIONS.contains(method.getName())) {
                String sql = preparedSql != null
                        ? preparedSql
                        : arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
                recording.add(sql.replaceAll("\\s+", " ").trim());
            }
        });
    }

    private interface ResultWrapper {
        Object wrap(Method method, Object result, Object[] arguments);
    }

    private interface BeforeCall {
        void before(Method method, Object[] arguments);
    }

    private static <T> T proxy(Class<T> type, T target, ResultWrapper wrapper) {
        return proxy(type, target, wrapper, (method, arguments) -> {});
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, ResultWrapper wrapper, BeforeCall before) {
        InvocationHandler handler = (self, method, arguments) -> {
            if (method.getName().equals("unwrap")
                    && arguments != null
                    && arguments[0] instanceof Class<?> wanted
                    && wanted.isInstance(self)) {
                return self;
            }
            before.before(method, arguments);
            try {
                return wrapper.wrap(method, method.invoke(target, arguments), arguments);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
