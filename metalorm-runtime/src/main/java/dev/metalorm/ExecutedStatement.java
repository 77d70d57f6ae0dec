package dev.metalorm;

import dev.metalorm.sql.SqlParameter;
import dev.metalorm.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * One statement the runtime ran, as a {@link StatementListener} hears of it: one execution, or one
 * JDBC batch of rows of the same SQL. Parameter values are masked where the builder's mask says
 * (shown as {@value #MASK}); they are read only when asked for, so a listener that looks at the SQL
 * alone costs no copying. Meant to be read during the listener's call.
 */
public final class ExecutedStatement {
    /** What a masked value is shown as. */
    public static final String MASK = "****";
    private final String sql;
    private final List<SqlStatement> rows;
    private final long rowCount;
    private final long elapsedNanos;
    private final boolean succeeded;
    private final Predicate<String> mask;

    /**
     * @param rows the statement, or the rows of a batch (all of one SQL)
     * @param mask which columns' values to mask, or null for none
     */
    public ExecutedStatement(List<SqlStatement> rows, long rowCount, long elapsedNanos, boolean succeeded,
                             Predicate<String> mask) {
        this.sql = rows.get(0).sql();
        this.rows = rows;
        this.rowCount = rowCount;
        this.elapsedNanos = elapsedNanos;
        this.succeeded = succeeded;
        this.mask = mask;
    }

    /** The SQL, with {@code ?} placeholders. */
    public String sql() {
        return sql;
    }

    /** How many rows were bound and run together: 1 for a single statement, the batch's size for a batch. */
    public int batchSize() {
        return rows.size();
    }

    /** The values bound to the placeholders, in order (of the first row of a batch), masked. */
    public List<Object> parameters() {
        return parameters(0);
    }

    /** The values bound for row {@code row} of a batch, masked. */
    public List<Object> parameters(int row) {
        List<SqlParameter> params = rows.get(row).params();
        List<Object> out = new ArrayList<>(params.size());
        for (SqlParameter p : params) {
            out.add(masked(p) ? MASK : shown(p));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The rows the statement changed (summed over a batch) or read; -1 when not known: the driver
     * did not count a batch's rows (Connector/J's rewritten inserts), a stream was just opened, or
     * the statement failed.
     */
    public long rowCount() {
        return rowCount;
    }

    /** From preparing the statement to its last row read (a stream: to its opening). */
    public long elapsedNanos() {
        return elapsedNanos;
    }

    /** Whether it ran without an error. */
    public boolean succeeded() {
        return succeeded;
    }

    /**
     * A value is masked when a mask is set and it is for a column the mask matches, or it is a raw
     * SQL argument ({@code session.sql}), whose column the runtime cannot know.
     */
    private boolean masked(SqlParameter p) {
        if (mask == null) {
            return false;
        }
        return p.column() != null ? mask.test(p.column()) : p.type() == null;
    }

    private static Object shown(SqlParameter p) {
        if (p.array()) {
            return List.of((Object[]) p.value());
        }
        return p.value();
    }

    /** {@code SQL [parameters] (batch of n) -> rows rows in x ms}, masked, for logs. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(sql).append(' ').append(parameters());
        if (rows.size() > 1) {
            b.append(" (batch of ").append(rows.size()).append(')');
        }
        b.append(succeeded ? " -> " + (rowCount < 0 ? "?" : String.valueOf(rowCount)) + " row(s)" : " -> failed");
        return b.append(String.format(java.util.Locale.ROOT, " in %.3f ms", elapsedNanos / 1e6)).toString();
    }
}
