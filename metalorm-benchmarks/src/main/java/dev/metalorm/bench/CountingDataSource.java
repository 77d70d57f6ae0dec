package dev.metalorm.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts (and keeps) the statements prepared or created on its connections, whoever prepares them:
 * hand-written JDBC, Hibernate and MetalORM are counted the same way. Used only in the counting
 * pass, never while timing.
 */
public final class CountingDataSource implements DataSource {
    private final DataSource target;
    private final List<String> sql = new ArrayList<>();
    private int executions;

    public CountingDataSource(DataSource target) {
        this.target = target;
    }

    public synchronized int statements() {
        return sql.size();
    }

    public synchronized List<String> sql() {
        return List.copyOf(sql);
    }

    /** Statement executions ({@code execute*}, {@code executeBatch}): the round trips, where a batch is one. */
    public synchronized int executions() {
        return executions;
    }

    public synchronized void reset() {
        sql.clear();
        executions = 0;
    }

    private synchronized void executed() {
        executions++;
    }

    private synchronized void add(String s) {
        sql.add(s);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = target.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("prepare") || name.equals("createStatement")) {
                        add(args != null && args.length > 0 && args[0] instanceof String s ? s : "<statement>");
                    } else if (name.equals("unwrap") && args[0] == Connection.class) {
                        return proxy;
                    } else if (name.equals("isWrapperFor") && args[0] == Connection.class) {
                        return true;
                    }
                    Object result;
                    try {
                        result = method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return result instanceof Statement statement ? counted(statement) : result;
                });
    }

    /** The statement, its executions counted; its own interface (Prepared/Callable) kept. */
    private Statement counted(Statement statement) {
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        executed();
                    }
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // not applicable
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
