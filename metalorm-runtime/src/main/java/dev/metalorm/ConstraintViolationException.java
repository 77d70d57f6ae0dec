package dev.metalorm;

/**
 * A statement broke a constraint of the database: a unique key ({@link UniqueViolationException}),
 * a foreign key ({@link ForeignKeyViolationException}) or a check ({@link CheckViolationException}). Classified from the driver's SQLState and
 * vendor code on H2, MySQL/MariaDB and PostgreSQL, for every statement the runtime runs.
 */
public abstract sealed class ConstraintViolationException extends StatementException
        permits UniqueViolationException, ForeignKeyViolationException, CheckViolationException {
    private static final long serialVersionUID = 1L;
    private final String constraint;
    private final String row;

    ConstraintViolationException(String what, String constraint, String row, String sql, Throwable cause) {
        super(what + (constraint == null ? "" : " " + constraint) + " violated" + (row == null ? "" : " by " + row), sql, cause);
        this.constraint = constraint;
        this.row = row;
    }

    /** The constraint's (or unique index's) name as the database reported it, or null when it did not say. */
    public String constraint() {
        return constraint;
    }

    /**
     * At flush, the row whose statement failed, e.g. {@code users row [7] (insert)} or {@code a new
     * users row (insert)}; null outside a flush or when the driver does not say which row of a batch failed.
     */
    public String row() {
        return row;
    }
}
