package dev.metalorm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database server that tests may create databases on, or the reason there is none.
 * H2 needs no server: each database is a fresh in-memory one.
 */
public final class DatabaseServer {
    private final DatabaseKind kind;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String description;
    private final String unavailableMessage;

    private DatabaseServer(DatabaseKind kind, String adminUrl, String user, String password,
                           String description, String unavailableMessage) {
        this.kind = kind;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.unavailableMessage = unavailableMessage;
    }

    static DatabaseServer available(DatabaseKind kind, String adminUrl, String user, String password, String description) {
        return new DatabaseServer(kind, adminUrl, user, password, description, null);
    }

    static DatabaseServer unavailable(DatabaseKind kind, String message) {
        return new DatabaseServer(kind, null, null, null, null, message);
    }

    public DatabaseKind kind() {
        return kind;
    }

    public boolean available() {
        return unavailableMessage == null;
    }

    /** Where the server came from and its version, e.g. "MariaDB 10.11.19 (local server 127.0.0.1:3306)". */
    public String description() {
        return description;
    }

    public String unavailableMessage() {
        return unavailableMessage;
    }

    /** Creates a fresh, empty database with a unique name. */
    public TestDatabase createDatabase() {
        String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        switch (kind) {
            case H2 -> {
                return new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "", description);
            }
            case MYSQL -> {
                admin("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                return new TestDatabase(kind, name, JdbcUrls.withDatabase(adminUrl, name), user, password, description);
            }
            case POSTGRES -> {
                admin("CREATE DATABASE \"" + name + "\"");
                return new TestDatabase(kind, name, JdbcUrls.withDatabase(adminUrl, name), user, password, description);
            }
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
    }

    /** Drops a database made by {@link #createDatabase()}. */
    public void dropDatabase(TestDatabase db) {
        switch (kind) {
            case H2 -> {
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not drop H2 database " + db.name() + ": " + e.getMessage(), e);
                }
            }
            case MYSQL -> admin("DROP DATABASE IF EXISTS `" + db.name() + "`");
            // FORCE ends connections a test left open (PostgreSQL 13+)
            case POSTGRES -> admin("DROP DATABASE IF EXISTS \"" + db.name() + "\" WITH (FORCE)");
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName() + " test server " + description + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
