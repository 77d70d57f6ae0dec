package dev.metalorm;

/**
 * Told about every SQL statement the runtime runs, after it ran (successfully or not), with its
 * parameters (masked as the builder's {@code maskParameters} says), batch size, row count and
 * elapsed time: for logging SQL, metrics, and tests that count statements. Called on the session's
 * thread, inside the session's call: keep it fast, and do not call the session from it.
 *
 * <pre>{@code
 * MetalOrm.builder(dataSource)
 *         .listener(s -> log.debug("{} ms {}", s.elapsedNanos() / 1_000_000, s))
 *         .maskParameters(column -> column.contains("password"))
 *         ...
 * }</pre>
 */
@FunctionalInterface
public interface StatementListener {
    void executed(ExecutedStatement statement);

    StatementListener NONE = statement -> { };
}
