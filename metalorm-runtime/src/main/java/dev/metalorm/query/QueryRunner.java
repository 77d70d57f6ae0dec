package dev.metalorm.query;

import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.Model;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.sql.SqlStatement;
import dev.metalorm.sql.Statements;
import java.util.List;
import java.util.function.Function;

/**
 * What queries run on: the session. Every method runs inside the session's transaction; a failure
 * ends it (rolled back, connection returned, session cleared) before the exception is rethrown.
 * Internal to the runtime.
 */
public interface QueryRunner {
    Model model();

    Statements statements();

    /** The statement's rows, each value read as the reader column at its position says. */
    List<Object[]> rows(SqlStatement statement, List<ColumnModel> readers);

    /** The one number a statement such as {@code SELECT COUNT(*)} returns. */
    long count(SqlStatement statement);

    /**
     * An open cursor over the statement's rows, fetched {@code fetchSize} at a time where the driver
     * can stream; nothing else may run on the session until it is closed on MySQL/MariaDB.
     */
    Cursor cursor(SqlStatement statement, List<ColumnModel> readers, int fetchSize);

    /** The session's instance for a row of the table (the identity map's, or a new managed one); null when removed in this session. */
    Object managed(TableModel table, Object[] row);

    /** A new instance holding the row's values, not tracked by the session (relation fields stay null). */
    Object detached(TableModel table, Object[] row);

    /**
     * The value of one column of an entity of the model: its field's, or for a shadow column (a
     * foreign key mapped only by its relation) the value the session keeps (null for an instance
     * the session does not track).
     */
    Object value(Object entity, ColumnModel column);

    /** Loads the relation paths for the entities of the table, level by level. */
    void include(TableModel table, List<Object> entities, List<IncludeSpec> includes);

    /**
     * Runs a raw SQL query; {@code readers} chooses, from the result's column labels, how each
     * column is read (a null reader: the driver's object, dates and times as java.time).
     */
    List<Object[]> rawRows(SqlStatement statement, Function<List<String>, List<ColumnModel>> readers);

    /**
     * Runs set-based writes on the table (an UPDATE, a DELETE, or upserts one row each): pending
     * changes are flushed first; afterwards the session's instances of the table are read again
     * (those whose rows are gone are detached) and the loaded relations the writes may have
     * changed are unloaded. Returns the row count (for upserts: rows inserted or updated, each once).
     *
     * @param changed the columns the writes set (UPDATE, UPSERT)
     */
    int execute(TableModel table, List<SqlStatement> writes, WriteKind kind, List<ColumnModel> changed);

    /** What a set-based write does to the rows of its table. */
    enum WriteKind { UPDATE, DELETE, UPSERT }

    /** Whether the instance is managed (or pending insert) by this session. */
    boolean holds(Object entity);

    /**
     * After an upsert: the session's instance for the row read back. The instance it already
     * holds for that row, or else {@code entity}, which becomes managed with the row's values.
     */
    Object adopt(TableModel table, Object entity, Object[] row);

    /**
     * Runs work on rows already read (making entities, records) the way statements run: a failure
     * ends the transaction and returns the connection before it is rethrown.
     */
    <R> R guard(java.util.function.Supplier<R> work);

    /** Writes pending changes inside the transaction. */
    void flush();

    /** An open result read row by row. */
    interface Cursor extends AutoCloseable {
        /** The next row, or null after the last. */
        Object[] next();

        @Override
        void close();
    }
}
