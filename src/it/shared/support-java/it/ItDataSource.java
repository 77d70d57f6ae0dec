package it;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The IT database through DriverManager, as the IT pom's surefire configuration names it:
 * system properties metalorm.it.url, metalorm.it.user and metalorm.it.password.
 */
public final class ItDataSource implements DataSource {
    public static String url() {
        return System.getProperty("metalorm.it.url");
    }

    public static String user() {
        return System.getProperty("metalorm.it.user", "");
    }

    public static String password() {
        return System.getProperty("metalorm.it.password", "");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url(), username, password);
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
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
