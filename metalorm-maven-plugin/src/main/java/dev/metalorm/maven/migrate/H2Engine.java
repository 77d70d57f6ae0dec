package dev.metalorm.maven.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * H2 in memory, with lower-case names (like PostgreSQL and MariaDB read unquoted DDL), in a compatibility mode
 * only when one was asked for. The database lives until {@link #close()} shuts it down.
 */
final class H2Engine implements EmbeddedDatabase {
    private final String url;
    private final String mode;

    private H2Engine(String url, String mode) {
        this.url = url;
        this.mode = mode;
    }

    static H2Engine start(String compatibility) {
        String url = "jdbc:h2:mem:metalorm_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"
                + (compatibility == null ? "" : ";MODE=" + compatibility + ";DEFAULT_NULL_ORDERING=HIGH");
        try (Connection ignored = DriverManager.getConnection(url, "sa", "")) {
            return new H2Engine(url, compatibility);
        } catch (SQLException e) {
            throw new MigrationException("In-memory H2 did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String description() {
        return "in-memory H2" + (mode == null ? "" : " (MODE=" + mode + ")");
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new MigrationException("In-memory H2 did not shut down: " + e.getMessage(), e);
        }
    }
}
