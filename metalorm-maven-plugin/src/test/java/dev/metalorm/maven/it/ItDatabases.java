package dev.metalorm.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates and drops the databases the invoker ITs in {@code src/it} reverse; called from their
 * {@code selector.groovy}, {@code setup.groovy} and {@code verify.groovy} (the test class path is on
 * the scripts' class path). The servers are the local ones the test harness finds first:
 * MariaDB/MySQL as root at 127.0.0.1:3306 and PostgreSQL as postgres at 127.0.0.1:5432; for
 * {@code h2} the database is a file database whose path (without {@code .mv.db}) is the name.
 */
public final class ItDatabases {
    private ItDatabases() {
    }

    /**
     * The name an IT's database gets in this build: {@code base} plus the value of the system property
     * {@code metalorm.it.suffix} (empty by default), so that builds of two checkouts on one machine
     * (e.g. {@code -Dmetalorm.it.suffix=_wt2} in a worktree's {@code .mvn/maven.config}) never share
     * an IT database. IT poms use the same suffix through {@code @metalorm.it.suffix@}.
     */
    public static String name(String base) {
        return base + System.getProperty("metalorm.it.suffix", "");
    }

    /** Whether an IT on this server runs: when it answers, or always when CI requires every database. */
    public static boolean select(String kind) {
        return answers(kind) || "true".equalsIgnoreCase(System.getenv("METALORM_TEST_DB_REQUIRED"));
    }

    public static boolean answers(String kind) {
        if ("h2".equals(kind)) {
            return true;
        }
        try (Connection ignored = connect(kind, adminDatabase(kind))) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Drops {@code database} if it exists, creates it and runs the statements of {@code schemaFile} in it. */
    public static void recreate(String kind, String database, Path schemaFile) throws SQLException, IOException {
        drop(kind, database);
        if (!"h2".equals(kind)) {
            admin(kind, "mysql".equals(kind) ? "CREATE DATABASE `" + database + "`" : "CREATE DATABASE \"" + database + "\"");
        }
        String script = Files.readString(schemaFile, StandardCharsets.UTF_8);
        try (Connection c = connect(kind, database); Statement st = c.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
    }

    /** Runs one statement in {@code database}. */
    public static void execute(String kind, String database, String sql) throws SQLException {
        try (Connection c = connect(kind, database); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    public static void drop(String kind, String database) throws SQLException {
        if ("h2".equals(kind)) {
            try {
                Files.deleteIfExists(Path.of(database + ".mv.db"));
                Files.deleteIfExists(Path.of(database + ".trace.db"));
            } catch (IOException e) {
                throw new SQLException("Cannot delete H2 database " + database + ": " + e.getMessage(), e);
            }
            return;
        }
        admin(kind, "mysql".equals(kind) ? "DROP DATABASE IF EXISTS `" + database + "`"
                : "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    }

    /** The JDBC URL of {@code database} on the server of {@code kind}. */
    public static String url(String kind, String database) {
        return switch (kind) {
            case "mysql" -> "jdbc:mysql://127.0.0.1:3306/" + database;
            case "postgres" -> "jdbc:postgresql://127.0.0.1:5432/" + database;
            case "h2" -> "jdbc:h2:file:" + database + ";DATABASE_TO_LOWER=TRUE";
            default -> throw new IllegalArgumentException("Unknown IT database kind " + kind);
        };
    }

    private static void admin(String kind, String sql) throws SQLException {
        try (Connection c = connect(kind, adminDatabase(kind)); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String adminDatabase(String kind) {
        return "mysql".equals(kind) ? "" : "postgres";
    }

    // Scripts run in their own class loader, where DriverManager may not see the drivers: use them directly.
    private static Connection connect(String kind, String database) throws SQLException {
        Driver driver = switch (kind) {
            case "mysql" -> new com.mysql.cj.jdbc.Driver();
            case "postgres" -> new org.postgresql.Driver();
            default -> new org.h2.Driver();
        };
        Properties props = new Properties();
        props.setProperty("user", switch (kind) {
            case "mysql" -> "root";
            case "postgres" -> "postgres";
            default -> "sa";
        });
        props.setProperty("password", "");
        props.setProperty("connectTimeout", "3000");
        return driver.connect(url(kind, database), props);
    }
}
