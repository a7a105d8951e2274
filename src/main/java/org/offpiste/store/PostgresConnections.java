package org.offpiste.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection a store's work is handed on PostgreSQL: the driver's own, whose statements report
 * a broken rule as SQLite does ({@link PostgresErrors#asStoreSees}), so the stores catch it the same
 * way on both.
 */
final class PostgresConnections {
    private PostgresConnections() {
    }

    static Connection guard(Connection raw) {
        return (Connection) Proxy.newProxyInstance(PostgresConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Guard(raw));
    }

    /** Passes every call on; wraps the statements it makes and rewords the failures. */
    private static final class Guard implements InvocationHandler {
        private final Object target;

        Guard(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause instanceof SQLException ? PostgresErrors.asStoreSees((SQLException) cause) : cause;
            }
            Class<?> type = method.getReturnType();
            if (result != null && (type == Statement.class || type == PreparedStatement.class
                    || type == CallableStatement.class)) {
                return Proxy.newProxyInstance(PostgresConnections.class.getClassLoader(), new Class<?>[] {type},
                        new Guard(result));
            }
            return result;
        }
    }
}
