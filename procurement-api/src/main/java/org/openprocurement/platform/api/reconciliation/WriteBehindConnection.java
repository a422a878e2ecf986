package org.openprocurement.platform.api.reconciliation;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A connection for replays that sends consecutive executions of one INSERT statement (upserts included) as one
 * JDBC batch instead of one round trip each. Any other statement, and any commit, rollback or close, first sends
 * what is pending, so statements still run in the order they were issued. An INSERT answers one row changed
 * at once; the projectors never act on those counts, and only INSERTs are deferred for that reason.
 */
final class WriteBehindConnection implements InvocationHandler {

    private static final int BATCH = 500;
    private static final Set<String> FLUSHING = Set.of(
            "prepareStatement",
            "prepareCall",
            "createStatement",
            "nativeSQL",
            "commit",
            "rollback",
            "close",
            "setAutoCommit",
            "setSavepoint",
            "releaseSavepoint");

    private final Connection real;
    private final Map<String, PreparedStatement> inserts = new HashMap<>();
    private PreparedStatement pending;
    private int pendingCount;

    private WriteBehindConnection(Connection real) {
        this.real = real;
    }

    /** The connection to hand to the replay, and the handle to send what is pending. */
    record Wrapped(Connection connection, WriteBehindConnection handle) {}

    static Wrapped wrap(Connection real) {
        WriteBehindConnection handler = new WriteBehindConnection(real);
        Connection proxy = (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        return new Wrapped(proxy, handler);
    }

    /** Sends every deferred INSERT. */
    void flush() throws SQLException {
        if (pending != null) {
            PreparedStatement batch = pending;
            pending = null;
            pendingCount = 0;
            batch.executeBatch();
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if ("prepareStatement".equals(name) && args.length == 1 && isInsert((String) args[0])) {
            return deferred((String) args[0]);
        }
        if (FLUSHING.contains(name)) {
            flush();
        }
        if ("close".equals(name)) {
            for (PreparedStatement statement : inserts.values()) {
                statement.close();
            }
        }
        return call(real, method, args);
    }

    private static boolean isInsert(String sql) {
        return sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("INSERT");
    }

    private PreparedStatement deferred(String sql) throws SQLException {
        PreparedStatement statement = inserts.get(sql);
        if (statement == null) {
            statement = real.prepareStatement(sql);
            inserts.put(sql, statement);
        }
        PreparedStatement target = statement;
        return (PreparedStatement) Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (p, method, args) -> switch (method.getName()) {
                    case "executeUpdate", "executeLargeUpdate" -> {
                        if (args != null && args.length > 0) {
                            flush();
                            yield call(target, method, args);
                        }
                        defer(target);
                        yield "executeLargeUpdate".equals(method.getName()) ? (Object) 1L : (Object) 1;
                    }
                    case "close" -> null; // kept for the next execution of the same statement
                    case "execute", "executeQuery", "executeBatch", "addBatch", "clearBatch" -> {
                        flush();
                        yield call(target, method, args);
                    }
                    default -> call(target, method, args);
                });
    }

    private void defer(PreparedStatement statement) throws SQLException {
        if (pending != statement) {
            flush();
        }
        statement.addBatch();
        pending = statement;
        if (++pendingCount >= BATCH) {
            flush();
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
