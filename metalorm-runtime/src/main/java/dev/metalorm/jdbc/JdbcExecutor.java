package dev.metalorm.jdbc;

import dev.metalorm.StatementException;
import dev.metalorm.StatementListener;
import dev.metalorm.metadata.ColumnModel;
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

/**
 * Runs statements on a connection it is given: binds, executes, reads rows and generated keys.
 * Logs each statement at DEBUG on {@code dev.metalorm.sql} (values included only there) and tells
 * the listener. A failure becomes a {@link StatementException} carrying the SQL. Thread-safe.
 */
public final class JdbcExecutor {
    private static final System.Logger LOG = System.getLogger("dev.metalorm.sql");
    private final Dialect dialect;
    private final ValueBinder binder;
    private final StatementListener listener;

    public JdbcExecutor(Dialect dialect, StatementListener listener) {
        this.dialect = dialect;
        this.binder = new ValueBinder(dialect);
        this.listener = listener;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the update count. */
    public int update(Connection connection, SqlStatement statement) {
        log(statement);
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StatementException(statement.sql(), e);
        } finally {
            listener.executed(statement.sql());
        }
    }

    /** Runs an INSERT and returns the key the database generated for {@code generated}. */
    public Object insert(Connection connection, SqlStatement statement, ColumnModel generated) {
        log(statement);
        try (PreparedStatement ps = dialect.generatedKeysByColumnName()
                ? connection.prepareStatement(statement.sql(), new String[] {generated.name()})
                : connection.prepareStatement(statement.sql(), Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, statement);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StatementException("No generated key returned for column " + generated.name(), statement.sql(), null);
                }
                long key = keys.getLong(1);
                return switch (generated.type()) {
                    case SMALLINT -> (short) key;
                    case INTEGER -> Math.toIntExact(key);
                    default -> key;
                };
            }
        } catch (SQLException e) {
            throw new StatementException(statement.sql(), e);
        } finally {
            listener.executed(statement.sql());
        }
    }

    /** Runs a query; each row holds the values of {@code columns}, read in that order from position 1. */
    public List<Object[]> query(Connection connection, SqlStatement statement, List<ColumnModel> columns) {
        log(statement);
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
            return rows;
        } catch (SQLException e) {
            throw new StatementException(statement.sql(), e);
        } finally {
            listener.executed(statement.sql());
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
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        ColumnModel c = columns.get(i);
                        row[i] = c == null ? plain(rs.getObject(i + 1)) : ValueReader.read(rs, i + 1, c, dialect);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StatementException(statement.sql(), e);
        } finally {
            listener.executed(statement.sql());
        }
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
        PreparedStatement ps = null;
        try {
            ps = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(dialect.streamingFetchSize(fetchSize));
            bind(ps, statement);
            return new Cursor(statement.sql(), ps, ps.executeQuery(), columns);
        } catch (SQLException e) {
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new StatementException(statement.sql(), e);
        } finally {
            listener.executed(statement.sql());
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
                throw new StatementException(sql, e);
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
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StatementException(statement.sql(), e);
        } finally {
            listener.executed(statement.sql());
        }
    }

    private void bind(PreparedStatement ps, SqlStatement statement) throws SQLException {
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
