package dev.metalorm.support;

import dev.metalorm.testing.PlainDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Wraps a DataSource; while {@link #failCommits} is set, commit() rolls back and throws, as a lost connection would. */
public final class FailingCommitDataSource extends PlainDataSource {
    private final DataSource target;
    public volatile boolean failCommits;

    public FailingCommitDataSource(DataSource target) {
        this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = target.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && failCommits) {
                        physical.rollback();
                        throw new SQLException("the test refuses this commit", "08006");
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
