package dev.metalorm.maven.migrate;

/** A throwaway database started for one run; {@link #close()} stops it and deletes its data. */
public interface EmbeddedDatabase extends AutoCloseable {
    /** JDBC URL of the database the migrations go into. */
    String url();

    /** User to connect as. */
    String user();

    /** Password, or null. */
    String password();

    /** What runs, for log lines, e.g. {@code embedded PostgreSQL on port 41957}. */
    String description();

    @Override
    void close();
}
