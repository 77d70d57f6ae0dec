package dev.metalorm.maven.migrate;

/**
 * The schema could not be built from the migrations: a migration failed (the message names the file and,
 * where Flyway knows it, the line), a location or script is missing, or the embedded engine did not start.
 */
public final class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
