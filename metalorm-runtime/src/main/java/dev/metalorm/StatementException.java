package dev.metalorm;

/**
 * A SQL statement failed. The message carries the statement's SQL and the driver's message; bound
 * values are only logged, at DEBUG, never put in the message. A broken unique or foreign-key
 * constraint is the subclass {@link UniqueViolationException} or {@link ForeignKeyViolationException}.
 */
public sealed class StatementException extends MetalOrmException permits ConstraintViolationException {
    private static final long serialVersionUID = 1L;
    private final String sql;

    /** SQL (or a driver message) quoted in an exception message is cut after this many characters. */
    public static final int QUOTED_SQL_LIMIT = 2_000;

    public StatementException(String sql, Throwable cause) {
        super("SQL failed: " + cap(sql) + " -- " + cap(cause.getMessage()), cause);
        this.sql = sql;
    }

    public StatementException(String message, String sql, Throwable cause) {
        super(message + ": " + cap(sql) + (cause == null ? "" : " -- " + cap(cause.getMessage())), cause);
        this.sql = sql;
    }

    /**
     * The text as it goes into a message: whole up to {@link #QUOTED_SQL_LIMIT} characters, else
     * its start and how much was cut (a 70,000-value IN list must not make a 200,000-character message).
     */
    public static String cap(String text) {
        if (text == null || text.length() <= QUOTED_SQL_LIMIT) {
            return text;
        }
        return text.substring(0, QUOTED_SQL_LIMIT) + String.format(java.util.Locale.ROOT, "... [%,d more characters cut]",
                text.length() - QUOTED_SQL_LIMIT);
    }

    /** The SQL that failed, with {@code ?} placeholders, whole. */
    public String sql() {
        return sql;
    }
}
