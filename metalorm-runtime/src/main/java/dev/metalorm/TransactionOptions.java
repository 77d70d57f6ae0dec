package dev.metalorm;

import java.time.Duration;

/**
 * How the outermost {@code inTransaction} block runs its transaction. The defaults are the
 * connection's own: its isolation level, read-write, no time limit.
 *
 * <pre>{@code
 * orm.inTransaction(TransactionOptions.defaults().withIsolation(Isolation.SERIALIZABLE).withTimeout(Duration.ofSeconds(5)),
 *         session -> ...);
 * }</pre>
 *
 * @param isolation the isolation level set on the connection for the transaction (and set back
 *     after it), or null for the connection's own
 * @param readOnly whether the transaction may not write: the session refuses to flush changes or
 *     run set-based writes, and the driver is told ({@code Connection.setReadOnly}), which
 *     PostgreSQL and MariaDB/MySQL enforce on the server too
 * @param timeout how long the transaction may take, or null for no limit: checked before each
 *     statement the session runs and before the commit (a statement already running is not
 *     interrupted); past it the transaction is rolled back with a {@link MetalOrmException}
 */
public record TransactionOptions(Isolation isolation, boolean readOnly, Duration timeout) {
    private static final TransactionOptions DEFAULTS = new TransactionOptions(null, false, null);

    public TransactionOptions {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new MetalOrmException("A transaction timeout must be positive; got " + timeout + ".");
        }
    }

    /** The connection's isolation, read-write, no time limit. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    public TransactionOptions withIsolation(Isolation level) {
        return new TransactionOptions(level, readOnly, timeout);
    }

    public TransactionOptions withReadOnly(boolean only) {
        return new TransactionOptions(isolation, only, timeout);
    }

    public TransactionOptions withTimeout(Duration limit) {
        return new TransactionOptions(isolation, readOnly, limit);
    }

    /** Whether these are the defaults, which change nothing on the connection. */
    public boolean isDefault() {
        return isolation == null && !readOnly && timeout == null;
    }
}
