package dev.metalorm;

/**
 * A SQL statement failed. The message carries the statement's SQL and the driver's message; bound
 * values are only logged, at DEBUG, never put in the message.
 */
public final class StatementException extends MetalOrmException {
    private static final long serialVersionUID = 1L;
    private final String sql;

    public StatementException(String sql, Throwable cause) {
        super("SQL failed: " + sql + " -- " + cause.getMessage(), cause);
        this.sql = sql;
    }

    public StatementException(String message, String sql, Throwable cause) {
        super(message + ": " + sql + (cause == null ? "" : " -- " + cause.getMessage()), cause);
        this.sql = sql;
    }

    /** The SQL that failed, with {@code ?} placeholders. */
    public String sql() {
        return sql;
    }
}
