package dev.metalorm;

/**
 * A statement would have left a foreign key pointing at no row: a child referring to a missing
 * parent, or a parent deleted (or re-keyed) while children still refer to it. SQLState 23503 on
 * PostgreSQL and H2 (23506 on H2 for a missing parent), errors 1451/1452 on MySQL/MariaDB.
 */
public final class ForeignKeyViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public ForeignKeyViolationException(String constraint, String row, String sql, Throwable cause) {
        super("Foreign key", constraint, row, sql, cause);
    }
}
