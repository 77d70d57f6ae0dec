package dev.metalorm.support;

import dev.metalorm.testing.PlainDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A pool of exactly one physical connection that counts borrows and returns. Borrowing while the
 * connection is out fails at once, so a leak shows as an error, not a hang. A connection handed
 * back with auto-commit off (a transaction left open) is counted as dirty.
 */
public final class OneConnectionPool extends PlainDataSource implements AutoCloseable {
    private final Connection physical;
    private final AtomicInteger borrowed = new AtomicInteger();
    private final AtomicInteger returned = new AtomicInteger();
    private final AtomicInteger dirtyReturns = new AtomicInteger();
    private boolean out;

    public OneConnectionPool(DataSource target) throws SQLException {
        this.physical = target.getConnection();
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (out) {
            throw new SQLException("Pool exhausted: its one connection is still borrowed (a leak?)");
        }
        out = true;
        borrowed.incrementAndGet();
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!closed[0]) {
                                closed[0] = true;
                                giveBack();
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0];
                        }
                        default -> {
                            if (closed[0]) {
                                throw new SQLException("Connection used after it was returned to the pool");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private synchronized void giveBack() throws SQLException {
        if (!physical.getAutoCommit()) {
            dirtyReturns.incrementAndGet();
            physical.rollback();
            physical.setAutoCommit(true);
        }
        returned.incrementAndGet();
        out = false;
    }

    public int borrowed() {
        return borrowed.get();
    }

    public int returned() {
        return returned.get();
    }

    public int dirtyReturns() {
        return dirtyReturns.get();
    }

    @Override
    public void close() throws SQLException {
        physical.close();
    }
}
