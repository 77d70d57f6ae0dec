package dev.metalorm;

/**
 * A statement would have stored a value a CHECK constraint refuses (a table's check, or a PostgreSQL
 * domain's, as Pagila's {@code year}): SQLState 23514 on PostgreSQL, 23513 on H2, error 4025 on
 * MariaDB and 3819 on MySQL.
 */
public final class CheckViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public CheckViolationException(String constraint, String row, String sql, Throwable cause) {
        super("Check constraint", constraint, row, sql, cause);
    }
}
