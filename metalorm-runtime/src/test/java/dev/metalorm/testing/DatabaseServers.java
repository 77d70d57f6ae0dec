package dev.metalorm.testing;

import dev.metalorm.sql.dialect.Dialects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Finds, once per JVM, the server each engine's tests run on. In order: an explicit JDBC URL
 * ({@code -Dmetalorm.test.<kind>.url} or {@code METALORM_TEST_<KIND>_URL}, user and password
 * likewise); the local server on 127.0.0.1 when it answers; Testcontainers when a Docker engine
 * runs; else none, and the tests are skipped (failed when {@code METALORM_TEST_DB_REQUIRED=true}).
 */
public final class DatabaseServers {
    private static final Map<DatabaseKind, DatabaseServer> SERVERS = new EnumMap<>(DatabaseKind.class);

    private DatabaseServers() {
    }

    public static synchronized DatabaseServer get(DatabaseKind kind) {
        return SERVERS.computeIfAbsent(kind, k -> {
            DatabaseServer server = resolve(k);
            // Printed once per engine, so a test report says which server the tests ran against.
            System.out.println("[metalorm-test] " + k.displayName() + ": "
                    + (server.available() ? server.description() : "unavailable: " + server.unavailableMessage()));
            return server;
        });
    }

    /** Whether a missing database is a failure rather than a skip. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("METALORM_TEST_DB_REQUIRED"))
                || "true".equalsIgnoreCase(System.getProperty("metalorm.test.db.required"));
    }

    private static DatabaseServer resolve(DatabaseKind kind) {
        if (kind == DatabaseKind.H2) {
            return DatabaseServer.available(kind, null, "sa", "", "H2 " + org.h2.engine.Constants.VERSION + " (in memory)");
        }
        String explicitUrl = setting(kind, "url");
        if (explicitUrl != null) {
            String user = orDefault(setting(kind, "user"), defaultUser(kind));
            String password = orDefault(setting(kind, "password"), "");
            try {
                return DatabaseServer.available(kind, explicitUrl, user, password,
                        version(explicitUrl, user, password) + " (" + propertyName(kind, "url") + ")");
            } catch (SQLException e) {
                // an explicit URL that does not work is always an error, never a skip
                throw new IllegalStateException(kind.displayName() + " at " + explicitUrl + " (from " + propertyName(kind, "url")
                        + ") does not answer as " + user + ": " + e.getMessage(), e);
            }
        }
        String localUrl = localUrl(kind);
        try {
            return DatabaseServer.available(kind, localUrl, defaultUser(kind), "",
                    version(localUrl, defaultUser(kind), "") + " (local server " + localAddress(kind) + ")");
        } catch (SQLException localFailure) {
            if (Containers.dockerAvailable()) {
                return Containers.start(kind);
            }
            return DatabaseServer.unavailable(kind, kind.displayName() + " test database unavailable: nothing answers at "
                    + localAddress(kind) + " and no Docker engine runs; set -D" + propertyName(kind, "url")
                    + " (or " + envName(kind, "url") + ") to a server URL such as " + exampleUrl(kind)
                    + ", with ." + "user/.password likewise");
        }
    }

    static String version(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3000");
        props.setProperty("loginTimeout", "3");
        try (Connection c = DriverManager.getConnection(url, props)) {
            DatabaseMetaData md = c.getMetaData();
            // the runtime's own reading of product and version, e.g. "MariaDB 10.11.19"
            return Dialects.forProduct(md.getDatabaseProductName(), md.getDatabaseProductVersion()).name();
        }
    }

    private static String localUrl(DatabaseKind kind) {
        return switch (kind) {
            case MYSQL -> "jdbc:mysql://" + localAddress(kind) + "/";
            case POSTGRES -> "jdbc:postgresql://" + localAddress(kind) + "/postgres";
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static String localAddress(DatabaseKind kind) {
        return kind == DatabaseKind.MYSQL ? "127.0.0.1:3306" : "127.0.0.1:5432";
    }

    private static String exampleUrl(DatabaseKind kind) {
        return kind == DatabaseKind.MYSQL ? "jdbc:mysql://host:3306/" : "jdbc:postgresql://host:5432/postgres";
    }

    static String defaultUser(DatabaseKind kind) {
        return kind == DatabaseKind.MYSQL ? "root" : "postgres";
    }

    private static String setting(DatabaseKind kind, String what) {
        String value = System.getProperty(propertyName(kind, what));
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(kind, what));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String propertyName(DatabaseKind kind, String what) {
        return "metalorm.test." + kind.propertyKey() + "." + what;
    }

    private static String envName(DatabaseKind kind, String what) {
        return ("METALORM_TEST_" + kind.propertyKey() + "_" + what).toUpperCase(java.util.Locale.ROOT);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
