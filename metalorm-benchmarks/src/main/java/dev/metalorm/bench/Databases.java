package dev.metalorm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local servers the benchmarks use (MariaDB on 127.0.0.1:3306 as root, PostgreSQL on
 * 127.0.0.1:5432 as postgres), overridable with -Dmbench.mariadb=URL / -Dmbench.postgres=URL
 * (server URLs without a database). Every benchmark creates its own database, named mbench_…, and drops it.
 */
public final class Databases {
    private Databases() {
    }

    public static String mariadbServer() {
        return System.getProperty("mbench.mariadb", "jdbc:mysql://127.0.0.1:3306/?user=root&password=");
    }

    public static String postgresServer() {
        return System.getProperty("mbench.postgres", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    }

    /** The URL of database {@code name} on the MariaDB server, with extra query parameters. */
    public static String mariadb(String name, String params) {
        String server = mariadbServer();
        int q = server.indexOf('?');
        String base = q < 0 ? server : server.substring(0, q);
        String query = q < 0 ? "" : server.substring(q + 1);
        if (!base.endsWith("/")) {
            base = base.substring(0, base.lastIndexOf('/') + 1);
        }
        String all = query.isEmpty() ? params : params.isEmpty() ? query : query + "&" + params;
        return base + name + (all.isEmpty() ? "" : "?" + all);
    }

    /** The URL of database {@code name} on the PostgreSQL server. */
    public static String postgres(String name) {
        String server = postgresServer();
        int q = server.indexOf('?');
        String base = q < 0 ? server : server.substring(0, q);
        String query = q < 0 ? "" : server.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + query;
    }

    public static void createMariadb(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(mariadbServer()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
    }

    public static void dropMariadb(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(mariadbServer()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    public static void createPostgres(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgresServer()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    public static void dropPostgres(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgresServer()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
