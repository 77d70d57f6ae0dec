package dev.metalorm.testing;

import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers servers, started once per JVM and stopped by Testcontainers' reaper. */
final class Containers {
    private Containers() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static DatabaseServer start(DatabaseKind kind) {
        JdbcDatabaseContainer<?> container = switch (kind) {
            case MYSQL -> new MySQLContainer("mysql:8.4").withUsername("root").withPassword("metalorm");
            case POSTGRES -> new PostgreSQLContainer("postgres:15");
            default -> throw new IllegalArgumentException(kind.name());
        };
        container.start();
        String url = container.getJdbcUrl();
        try {
            return DatabaseServer.available(kind, url, container.getUsername(), container.getPassword(),
                    DatabaseServers.version(url, container.getUsername(), container.getPassword()) + " (Testcontainers)");
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName() + " container started but does not answer: " + e.getMessage(), e);
        }
    }
}
