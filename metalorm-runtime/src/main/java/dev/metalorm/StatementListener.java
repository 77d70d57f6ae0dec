package dev.metalorm;

/**
 * Told about every SQL statement the runtime runs, after it ran (successfully or not). Meant for
 * tests and diagnostics; it is called on the session's thread and must be fast.
 */
@FunctionalInterface
public interface StatementListener {
    /** @param sql the statement with {@code ?} placeholders */
    void executed(String sql);

    StatementListener NONE = sql -> { };
}
