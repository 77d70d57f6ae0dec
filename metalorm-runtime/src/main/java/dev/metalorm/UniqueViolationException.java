package dev.metalorm;

/**
 * A statement would have stored a value (or key) that a unique constraint, unique index or primary
 * key already holds: SQLState 23505 on PostgreSQL and H2, error 1062 on MySQL/MariaDB.
 *
 * <pre>{@code
 * try {
 *     session.commit();
 * } catch (UniqueViolationException e) {
 *     // e.constraint(): "users_email_key"; e.row(): "a new users row (insert)"
 * }
 * }</pre>
 */
public final class UniqueViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public UniqueViolationException(String constraint, String row, String sql, Throwable cause) {
        super("Unique constraint", constraint, row, sql, cause);
    }
}
