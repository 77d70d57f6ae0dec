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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
