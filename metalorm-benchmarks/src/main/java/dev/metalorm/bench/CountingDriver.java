package dev.metalorm.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:mbench-counting:REAL_URL} that counts the statements prepared or
 * created on its connections and, at JVM exit, writes the count to the file named by the system
 * property {@code mbench.countFile}. Lets the harness count what another tool (jOOQ's generator
 * under Maven) sends, without server-wide logging. Statements a driver runs inside its own
 * DatabaseMetaData methods are not seen.
 */
public final class CountingDriver implements Driver {
    public static final String PREFIX = "jdbc:mbench-counting:";
    private static final AtomicInteger COUNT = new AtomicInteger();

    static {
        try {
            DriverManager.registerDriver(new CountingDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
        String file = System.getProperty("mbench.countFile");
        if (file != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(Path.of(file), String.valueOf(COUNT.get()));
                } catch (IOException e) {
                    System.err.println("Cannot write " + file + ": " + e);
                }
            }));
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String real = url.substring(PREFIX.length());
        Connection physical = DriverManager.getConnection(real, info);
        return (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("prepare") || name.equals("createStatement")) {
                        COUNT.incrementAndGet();
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
