package dev.metalorm.jdbc;

import dev.metalorm.ExecutedStatement;
import dev.metalorm.StatementException;
import dev.metalorm.StatementListener;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.sql.SqlParameter;
import dev.metalorm.sql.SqlStatement;
import dev.metalorm.sql.dialect.Dialect;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Runs statements on a connection it is given: binds, executes (writes in JDBC batches), reads rows
 * and generated values. Logs each statement at DEBUG on {@code dev.metalorm.sql} (values included
 * only there) and tells the listener. A failure becomes a {@link StatementException} carrying the
 * SQL, or its subclass for a broken unique or foreign-key constraint ({@link SqlErrors}). Thread-safe.
 */
public final class JdbcExecutor {
    private static final System.Logger LOG = System.getLogger("dev.metalorm.sql");
    private final Dialect dialect;
    private final ValueBinder binder;
    private final StatementListener listener;
    /** Which columns' values a listener sees masked; null for none. */
    private final java.util.function.Predicate<String> mask;
    /** Whether the driver counts each row of a batch; null until asked. */
    private volatile Boolean batchCounts;

    public JdbcExecutor(Dialect dialect, StatementListener listener) {
        this(dialect, listener, null);
    }

    /** @param mask the column names whose values the listener sees as {@code ****}, or null for none */
    public JdbcExecutor(Dialect dialect, StatementListener listener, java.util.function.Predicate<String> mask) {
        this.dialect = dialect;
        this.binder = new ValueBinder(dialect);
        this.listener = listener;
        this.mask = mask;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the update count. */
    public int update(Connection connection, SqlStatement statement) {
        log(statement);
        long started = System.nanoTime();
        long count = -1;
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement);
            int n = ps.executeUpdate();
            count = n;
            return n;
        } catch (SQLException e) {
            throw SqlErrors.of(statement.sql(), e);
        } finally {
            tell(statement, count, started, count != -1);
        }
    }

    /**
     * Runs statements of one SQL, one per row, as JDBC batches of at most the dialect's
     * {@code writeBatchSize()} (a single row as one statement); returns each row's update count,
     * {@code Statement.SUCCESS_NO_INFO} where the driver does not tell (Connector/J's rewritten
     * INSERTs). The listener hears of each batch once.
     *
     * @param rowName names row {@code i} in an error message (at flush: its table and key)
     * @param wholeBatch names the rows when the driver does not say which row of a batch failed
     */
    public int[] batch(Connection connection, List<SqlStatement> rows, IntFunction<String> rowName,
                       IntFunction<String> wholeBatch) {
        return batch(connection, new StatementRows(rows), rowName, wholeBatch);
    }

    /**
     * {@link #batch(Connection, List, IntFunction, IntFunction)} of {@code count} rows of one
     * template, row {@code i} bound straight from {@code valuesAt.apply(i)} as the template's
     * parameters say (types, columns): no statement per row is made, except for the log and a listener.
     */
    public int[] batch(Connection connection, SqlStatement template, int count, IntFunction<List<Object>> valuesAt,
                       IntFunction<String> rowName, IntFunction<String> wholeBatch) {
        return batch(connection, new TemplateRows(template, count, valuesAt), rowName, wholeBatch);
    }

    private int[] batch(Connection connection, Rows rows, IntFunction<String> rowName, IntFunction<String> wholeBatch) {
        int count = rows.size();
        int[] counts = new int[count];
        String sql = rows.sql();
        int size = dialect.writeBatchSize();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int from = 0; from < count; from += size) {
                int to = Math.min(count, from + size);
                int[] chunk = run(ps, rows, from, to, rowName, wholeBatch);
                System.arraycopy(chunk, 0, counts, from, chunk.length);
            }
        } catch (SQLException e) {
            throw SqlErrors.of(sql, e, count == 1 ? rowName.apply(0) : wholeBatch.apply(count));
        }
        return counts;
    }

    /** The rows of a write: one SQL, each row bound on its own; a row's statement is made only when asked for. */
    private interface Rows {
        String sql();

        int size();

        SqlStatement statement(int row);

        void bind(ValueBinder binder, PreparedStatement ps, int row) throws SQLException;
    }

    /** Rows given as statements. */
    private record StatementRows(List<SqlStatement> rows) implements Rows {
        @Override
        public String sql() {
            return rows.get(0).sql();
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public SqlStatement statement(int row) {
            return rows.get(row);
        }

        @Override
        public void bind(ValueBinder binder, PreparedStatement ps, int row) throws SQLException {
            SqlStatement s = rows.get(row);
            if (!s.sql().equals(sql())) {
                throw new IllegalArgumentException("A batch holds one SQL; row " + row + " has " + s.sql());
            }
            JdbcExecutor.bind(binder, ps, s);
        }
    }

    /** Rows of one template, each given by its values (the template's types and columns, other values). */
    private record TemplateRows(SqlStatement template, int size, IntFunction<List<Object>> valuesAt) implements Rows {
        @Override
        public String sql() {
            return template.sql();
        }

        @Override
        public SqlStatement statement(int row) {
            return template.rebind(valuesAt.apply(row));
        }

        @Override
        public void bind(ValueBinder binder, PreparedStatement ps, int row) throws SQLException {
            List<Object> values = valuesAt.apply(row);
            List<SqlParameter> params = template.params();
            if (values.size() != params.size()) {
                throw new IllegalArgumentException("row " + row + " has " + values.size() + " values for the " + params.size()
                        + " parameters of " + template.sql());
            }
            for (int i = 0; i < params.size(); i++) {
                binder.bind(ps, i + 1, params.get(i), values.get(i));
            }
        }
    }

    /** What the database gave one inserted row, told as soon as the row's batch has run. */
    @FunctionalInterface
    public interface InsertedRow {
        /**
         * @param row the row's number, from 0
         * @param returned the values of the {@code returned} columns, in that order (empty when none
         *                 was asked for); the array is the caller's to keep
         */
        void inserted(int row, Object[] returned);
    }

    /**
     * Runs INSERTs of one template, one per row, as JDBC batches of at most the dialect's
     * {@code writeBatchSize()}, row {@code i} bound straight from {@code valuesAt.apply(i)} (no
     * statement per row: a flush of 100,000 rows made 100,000 statements before), and tells {@code inserted} of each row as soon as
     * its batch has run, with the values the database gave {@code returned}: asked for by name
     * (RETURNING on PostgreSQL, generated keys by name on H2) where the dialect
     * {@code returnsColumnsOnInsert()}, else the generated key alone ({@code returned} is then that
     * one column). Each value is read as its column's type. Telling per batch lets the caller finish
     * with a row while it is still in the processor's cache.
     */
    public void insert(Connection connection, SqlStatement template, int count, IntFunction<List<Object>> valuesAt,
                       List<ColumnModel> returned, InsertedRow inserted, IntFunction<String> rowName,
                       IntFunction<String> wholeBatch) {
        Rows rows = new TemplateRows(template, count, valuesAt);
        String sql = template.sql();
        int size = dialect.writeBatchSize();
        String[] names = returned.stream().map(ColumnModel::name).toArray(String[]::new);
        try (PreparedStatement ps = returned.isEmpty() ? connection.prepareStatement(sql)
                : dialect.returnsColumnsOnInsert() ? connection.prepareStatement(sql, names)
                : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Object[] none = new Object[0];
            for (int from = 0; from < count; from += size) {
                int to = Math.min(count, from + size);
                run(ps, rows, from, to, rowName, wholeBatch);
                if (returned.isEmpty()) {
                    for (int i = from; i < to; i++) {
                        inserted.inserted(i, none);
                    }
                    continue;
                }
                int row = from;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        if (row == to) {
                            row++;
                            break;
                        }
                        Object[] values = new Object[returned.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = ValueReader.read(keys, i + 1, returned.get(i), dialect);
                        }
                        inserted.inserted(row++, values);
                    }
                }
                if (row != to) {
                    throw new StatementException("The driver returned " + (row > to ? "more than " + (to - from) : row - from)
                            + " generated value row(s) for " + (to - from) + " inserted rows (columns " + List.of(names) + ")",
                            sql, null);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.of(sql, e, count == 1 ? rowName.apply(0) : wholeBatch.apply(count));
        }
    }

    /**
     * Whether the connection's driver reports an update count per row of an UPDATE or DELETE batch.
     * Connector/J, pgjdbc and H2 do (Connector/J also with rewriteBatchedStatements: it sends such
     * batches as one multi-statement and counts each); MariaDB Connector/J answers
     * {@code SUCCESS_NO_INFO} for its bulk batches. Asked once per executor.
     */
    public boolean reportsBatchUpdateCounts(Connection connection) {
        Boolean known = batchCounts;
        if (known == null) {
            try {
                String driver = connection.getMetaData().getDriverName();
                known = driver == null || !driver.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
            } catch (SQLException e) {
                known = false;
            }
            batchCounts = known;
        }
        return known;
    }

    /** Binds and runs rows {@code from} to {@code to} on the statement: one execution, or one batch. */
    private int[] run(PreparedStatement ps, Rows rows, int from, int to, IntFunction<String> rowName,
                      IntFunction<String> wholeBatch) {
        int n = to - from;
        String sql = rows.sql();
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, n == 1 ? sql + " " + rows.statement(from).params()
                    : sql + " [batch of " + n + " rows, first " + rows.statement(from).params() + "]");
        }
        long started = System.nanoTime();
        int[] counts = null;
        try {
            if (n == 1) {
                rows.bind(binder, ps, from);
                counts = new int[] {ps.executeUpdate()};
                return counts;
            }
            for (int i = from; i < to; i++) {
                rows.bind(binder, ps, i);
                ps.addBatch();
            }
            counts = ps.executeBatch();
            return counts;
        } catch (SQLException e) {
            throw SqlErrors.ofBatch(sql, e, n, i -> rowName.apply(from + i), wholeBatch.apply(n));
        } finally {
            if (listener != StatementListener.NONE) {
                // the listener reads the rows it asks for, made then
                List<SqlStatement> told = new java.util.AbstractList<>() {
                    @Override
                    public SqlStatement get(int i) {
                        return rows.statement(from + java.util.Objects.checkIndex(i, n));
                    }

                    @Override
                    public int size() {
                        return n;
                    }
                };
                listener.executed(new ExecutedStatement(told, counted(counts), System.nanoTime() - started,
                        counts != null, mask));
            }
        }
    }

    /** Runs a query; each row holds the values of {@code columns}, read in that order from position 1. */
    public List<Object[]> query(Connection connection, SqlStatement statement, List<ColumnModel> columns) {
        log(statement);
        long started = System.nanoTime();
        List<Object[]> read = null;
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = ValueReader.read(rs, i + 1, columns.get(i), dialect);
                    }
                    rows.add(row);
                }
            }
            read = rows;
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.of(statement.sql(), e);
        } finally {
            tell(statement, read == null ? -1 : read.size(), started, read != null);
        }
    }

    /**
     * Runs a query whose columns are chosen by label: {@code readers} gets the result's column
     * labels and says how to read each (null: the driver's object, with {@code java.sql} dates and
     * times as {@code java.time}).
     */
    public List<Object[]> queryRaw(Connection connection, SqlStatement statement,
                                   Function<List<String>, List<ColumnModel>> readers) {
        log(statement);
        long started = System.nanoTime();
        List<Object[]> read = null;
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> labels = new ArrayList<>(md.getColumnCount());
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    labels.add(md.getColumnLabel(i));
                }
                List<ColumnModel> columns = readers.apply(labels);
                boolean[] withOffset = new boolean[columns.size()];
                for (int i = 0; i < withOffset.length; i++) {
                    withOffset[i] = columns.get(i) == null && withTimeZone(md, i + 1);
                }
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        ColumnModel c = columns.get(i);
                        row[i] = c != null ? ValueReader.read(rs, i + 1, c, dialect)
                                : withOffset[i] ? rs.getObject(i + 1, java.time.OffsetDateTime.class) : plain(rs.getObject(i + 1));
                    }
                    rows.add(row);
                }
            }
            read = rows;
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.of(statement.sql(), e);
        } finally {
            tell(statement, read == null ? -1 : read.size(), started, read != null);
        }
    }

    /**
     * Whether a column no mapped column reads is a timestamp with time zone, read as an {@code
     * OffsetDateTime}: as a {@code Timestamp} it lost its offset in the JVM's zone. pgjdbc reports
     * {@code timestamptz} as TIMESTAMP, so its type name says.
     */
    private static boolean withTimeZone(ResultSetMetaData md, int column) throws SQLException {
        int type = md.getColumnType(column);
        return type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                || type == java.sql.Types.TIMESTAMP && "timestamptz".equalsIgnoreCase(md.getColumnTypeName(column));
    }

    private static Object plain(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        } else if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        return v;
    }

    /**
     * Opens a cursor over a query's rows, fetched as the dialect streams them (a fetch size, or
     * MySQL's row-by-row mode); the caller closes it. The listener hears of the statement when it
     * is opened.
     */
    public Cursor cursor(Connection connection, SqlStatement statement, List<ColumnModel> columns, int fetchSize) {
        log(statement);
        long started = System.nanoTime();
        boolean succeeded = false;
        PreparedStatement ps = null;
        try {
            ps = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(dialect.streamingFetchSize(fetchSize));
            bind(ps, statement);
            Cursor opened = new Cursor(statement.sql(), ps, ps.executeQuery(), columns);
            succeeded = true;
            return opened;
        } catch (SQLException e) {
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw SqlErrors.of(statement.sql(), e);
        } finally {
            tell(statement, -1, started, succeeded); // rows are read after it opened: not known yet
        }
    }

    /** An open result read row by row; {@link #close()} is idempotent. */
    public final class Cursor implements AutoCloseable {
        private final String sql;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final List<ColumnModel> columns;
        private boolean closed;

        private Cursor(String sql, PreparedStatement statement, ResultSet rows, List<ColumnModel> columns) {
            this.sql = sql;
            this.statement = statement;
            this.rows = rows;
            this.columns = columns;
        }

        /** The next row, or null after the last (the cursor is then closed). */
        public Object[] next() {
            if (closed) {
                return null;
            }
            try {
                if (!rows.next()) {
                    close();
                    return null;
                }
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = ValueReader.read(rows, i + 1, columns.get(i), dialect);
                }
                return row;
            } catch (SQLException e) {
                close();
                throw SqlErrors.of(sql, e);
            }
        }

        /** The statement, shortened, for messages. */
        public String describe() {
            return sql.length() <= 80 ? sql : sql.substring(0, 77) + "...";
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                rows.close();
            } catch (SQLException ignored) {
                // the statement's close below releases it too
            }
            try {
                statement.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }

    /** Runs a query returning one number, such as COUNT(*). */
    public long queryLong(Connection connection, SqlStatement statement) {
        log(statement);
        long started = System.nanoTime();
        long count = -1;
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long value = rs.getLong(1);
                count = 1;
                return value;
            }
        } catch (SQLException e) {
            throw SqlErrors.of(statement.sql(), e);
        } finally {
            tell(statement, count, started, count != -1);
        }
    }

    /** Tells the listener of one statement; {@code rowCount} -1 when it failed or is not known. */
    private void tell(SqlStatement statement, long rowCount, long started, boolean succeeded) {
        if (listener != StatementListener.NONE) {
            listener.executed(new ExecutedStatement(List.of(statement), rowCount, System.nanoTime() - started, succeeded, mask));
        }
    }

    /** The rows a batch changed, or -1 when it failed or the driver did not count every row. */
    private static long counted(int[] counts) {
        if (counts == null) {
            return -1;
        }
        long sum = 0;
        for (int c : counts) {
            if (c < 0) {
                return -1;
            }
            sum += c;
        }
        return sum;
    }

    private void bind(PreparedStatement ps, SqlStatement statement) throws SQLException {
        bind(binder, ps, statement);
    }

    private static void bind(ValueBinder binder, PreparedStatement ps, SqlStatement statement) throws SQLException {
        for (int i = 0; i < statement.params().size(); i++) {
            binder.bind(ps, i + 1, statement.params().get(i));
        }
    }

    private static void log(SqlStatement statement) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, statement.sql() + " " + statement.params());
        }
    }
}
