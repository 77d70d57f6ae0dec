package dev.metalorm.jdbc;

import dev.metalorm.CheckViolationException;
import dev.metalorm.ForeignKeyViolationException;
import dev.metalorm.StatementException;
import dev.metalorm.UniqueViolationException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a driver's SQLException into the runtime's exception, once for every statement: a broken
 * unique or foreign-key constraint becomes its typed exception (from SQLState and vendor code,
 * naming the constraint when the driver gives it), anything else a {@link StatementException}.
 */
final class SqlErrors {
    /** PostgreSQL: {@code ... violates unique constraint "users_email_key"}. */
    private static final Pattern QUOTED_CONSTRAINT = Pattern.compile("constraint \"((?:[^\"]|\"\")+)\"");
    /** MySQL/MariaDB: {@code Duplicate entry 'a' for key 'users.email'}. */
    private static final Pattern MYSQL_KEY = Pattern.compile("for key '((?:[^']|'')+)'");
    /** MySQL/MariaDB: {@code ... CONSTRAINT `posts_ibfk_1` FOREIGN KEY ...}. */
    private static final Pattern MYSQL_CONSTRAINT = Pattern.compile("CONSTRAINT `((?:[^`]|``)+)`");
    /** MySQL 8: {@code Check constraint 'ck_price' is violated.} */
    private static final Pattern MYSQL_CHECK = Pattern.compile("constraint '((?:[^']|'')+)' is violated");
    /** H2: {@code Unique index or primary key violation: "PUBLIC.UQ_EMAIL_INDEX_4 ON PUBLIC.USERS(EMAIL ...) ..."}. */
    private static final Pattern H2_INDEX = Pattern.compile("violation: \"(?:[^\".]+\\.)?([^\" ]+) ON ");
    private static final Pattern H2_INDEX_OF = Pattern.compile("(.+)_INDEX_[0-9A-F]+", Pattern.CASE_INSENSITIVE);
    /** H2: {@code Referential integrity constraint violation: "FK_POSTS_USER: PUBLIC.POSTS FOREIGN KEY(USER_ID) ..."}. */
    private static final Pattern H2_CONSTRAINT = Pattern.compile("violation: \"([^\":]+): ");

    private SqlErrors() {
    }

    /** The exception for a failed single statement. */
    static StatementException of(String sql, SQLException e) {
        return of(sql, e, null);
    }

    /** The exception for a failed statement; {@code row} names the row at flush (or null). */
    static StatementException of(String sql, SQLException e, String row) {
        SQLException reason = reason(e);
        String message = reason.getMessage() == null ? "" : reason.getMessage();
        String state = reason.getSQLState() == null ? "" : reason.getSQLState();
        int code = reason.getErrorCode();
        boolean mysql = state.equals("23000") || code == 1062 || code == 1586 || code == 1451 || code == 1452;
        if (state.equals("23505") || mysql && (code == 1062 || code == 1586)) {
            return new UniqueViolationException(constraint(reason, message, mysql, true), row, sql, reason);
        }
        if (state.equals("23503") || state.equals("23506") || mysql && (code == 1451 || code == 1452 || code == 1216
                || code == 1217)) {
            return new ForeignKeyViolationException(constraint(reason, message, mysql, false), row, sql, reason);
        }
        if (state.equals("23514") || state.equals("23513") || code == 4025 || code == 3819) {
            Matcher mysqlCheck = MYSQL_CHECK.matcher(message);
            String name = code == 3819 && mysqlCheck.find() ? mysqlCheck.group(1).replace("''", "'")
                    : constraint(reason, message, code == 4025, false);
            return new CheckViolationException(name, row, sql, reason);
        }
        return row == null ? new StatementException(sql, reason) : new StatementException("SQL failed for " + row, sql, reason);
    }

    /**
     * The exception for a failed JDBC batch of one statement per row: the row is named when the
     * driver's update counts tell which failed (one {@code EXECUTE_FAILED} among them, as H2 and
     * Connector/J report; or fewer counts than rows, for a driver that stops at the failure),
     * else the batch as a whole.
     */
    static StatementException ofBatch(String sql, SQLException e, int rows, IntFunction<String> rowName, String wholeBatch) {
        int failed = -1;
        if (e instanceof BatchUpdateException b && b.getUpdateCounts() != null) {
            int[] counts = b.getUpdateCounts();
            int failures = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    failures++;
                    failed = failed < 0 ? i : failed;
                }
            }
            if (failures == 0 && counts.length < rows) {
                failed = counts.length;
            } else if (failures != 1) {
                failed = -1;
            }
        }
        return of(sql, e, rows == 1 ? rowName.apply(0) : failed >= 0 ? rowName.apply(failed) : wholeBatch);
    }

    /**
     * The exception that says what went wrong: a batch failure's next exception or cause (pgjdbc's
     * BatchUpdateException message quotes the statement with its values inlined; the next
     * exception is the server's error).
     */
    private static SQLException reason(SQLException e) {
        if (e instanceof BatchUpdateException) {
            if (e.getNextException() != null) {
                return e.getNextException();
            }
            if (e.getCause() instanceof SQLException cause) {
                return cause;
            }
        }
        return e;
    }

    private static String constraint(SQLException e, String message, boolean mysql, boolean unique) {
        String fromServer = postgresConstraint(e);
        if (fromServer != null) {
            return fromServer;
        }
        Matcher m;
        if (mysql) {
            m = (unique ? MYSQL_KEY : MYSQL_CONSTRAINT).matcher(message);
            return m.find() ? m.group(1).replace(unique ? "''" : "``", unique ? "'" : "`") : null;
        }
        m = QUOTED_CONSTRAINT.matcher(message);
        if (m.find()) {
            return m.group(1).replace("\"\"", "\"");
        }
        m = (unique ? H2_INDEX : H2_CONSTRAINT).matcher(message);
        if (!m.find()) {
            return null;
        }
        // H2 names the index behind a named unique constraint NAME_INDEX_n: the user declared NAME
        Matcher index = H2_INDEX_OF.matcher(m.group(1));
        return unique && index.matches() && !index.group(1).equalsIgnoreCase("CONSTRAINT") ? index.group(1) : m.group(1);
    }

    /**
     * pgjdbc's {@code PSQLException.getServerErrorMessage().getConstraint()}, read by reflection
     * (the runtime does not depend on a driver): the name whatever language the server speaks.
     */
    private static String postgresConstraint(SQLException e) {
        try {
            Object server = e.getClass().getMethod("getServerErrorMessage").invoke(e);
            if (server == null) {
                return null;
            }
            Object name = server.getClass().getMethod("getConstraint").invoke(server);
            return name instanceof String s && !s.isEmpty() ? s : null;
        } catch (ReflectiveOperationException | RuntimeException notPgjdbc) {
            return null;
        }
    }
}
