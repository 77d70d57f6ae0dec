package dev.metalorm;

import dev.metalorm.metadata.TableModel;
import dev.metalorm.query.Delete;
import dev.metalorm.query.Query;
import dev.metalorm.query.SqlQuery;
import dev.metalorm.query.Update;
import dev.metalorm.query.Upsert;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.session.UnitOfWork;

/**
 * One unit of work: an identity map (one instance per row), pending inserts, updates and deletes,
 * and one transaction. Changes are written by {@link #flush()} in foreign-key order, whatever the
 * order of calls; {@link #commit()} flushes and commits. Queries do not flush first: call
 * {@link #flush()} to make pending changes visible to them.
 *
 * <p>A failed flush rolls the transaction back, returns the connection, resets keys generated in
 * the transaction to unset (null, or a primitive's 0) and clears the session (its instances are
 * detached); nothing partial stays in the database. A failed commit and a rollback reset the keys too. Any other failed statement (a query) ends the transaction the same way,
 * on every database alike. {@link #rollback()} also clears the session.
 *
 * <p>The connection is borrowed on first use and returned on commit, rollback, close and failure.
 *
 * <p>A session is not thread-safe: open one per thread (or request, or unit of work) from the shared
 * {@link MetalOrm}. A call made while another thread is inside a call on the same session (its
 * queries, writes, relation wrappers and streams included) is refused with a
 * {@link ConcurrentSessionException} naming both threads, before it changes anything. A session may
 * be handed to another thread between calls; that thread then sees everything the previous calls did.
 *
 * <p>{@code find} and queries skip rows removed in this session.
 *
 * <p>Tables without a primary key are read-only: they can be queried, each read giving new,
 * untracked instances, but not found by id, persisted or removed.
 */
public final class Session implements AutoCloseable {
    private final UnitOfWork work;

    Session(UnitOfWork work) {
        this.work = work;
    }

    /** The entity with this primary key (several values for a composite key, in key order), or null. */
    public <T> T find(Class<T> type, Object... key) {
        return type.cast(work.find(work.model().table(type), key));
    }

    /** The row of a defineTable table with this primary key, or null. */
    public Row find(TableDefinition table, Object... key) {
        return (Row) work.find(table(table), key);
    }

    /** A query over an entity class. */
    public <T> Query<T> from(Class<T> type) {
        return new Query<>(work, work.model().table(type), type);
    }

    /** A query over a defineTable table. */
    public Query<Row> from(TableDefinition table) {
        return new Query<>(work, table(table), Row.class);
    }

    /**
     * A query written in SQL, its arguments bound one per {@code ?}: {@code .list(User.class)}
     * through the identity map, {@code .rows()} as maps, {@code .scalar(Long.class)}.
     */
    public SqlQuery sql(String sql, Object... args) {
        return new SqlQuery(work, sql, args);
    }

    /** A set-based UPDATE of an entity's table: {@code update(User.class).set("active", false).where(...).execute()}. */
    public <T> Update<T> update(Class<T> type) {
        return new Update<>(work, work.model().table(type));
    }

    public Update<Row> update(TableDefinition table) {
        return new Update<>(work, table(table));
    }

    /** A set-based DELETE of an entity's table: {@code delete(Post.class).where(...).execute()}. */
    public <T> Delete<T> delete(Class<T> type) {
        return new Delete<>(work, work.model().table(type));
    }

    public Delete<Row> delete(TableDefinition table) {
        return new Delete<>(work, table(table));
    }

    /** Upserts of rows given as values: {@code upsert(Tag.class).onConflict("label").values(Map.of(...)).execute()}. */
    public <T> Upsert<T> upsert(Class<T> type) {
        return new Upsert<>(work, work.model().table(type));
    }

    public Upsert<Row> upsert(TableDefinition table) {
        return new Upsert<>(work, table(table));
    }

    /**
     * Inserts the entity (or row), or updates the row with the same primary key (or the same
     * {@code conflictColumns}, a unique key) with its values; returns the session's instance for
     * that row, with its key and what the database stored: the entity itself, or the instance the
     * session already held for the row.
     */
    public <T> T upsert(T entity, String... conflictColumns) {
        if (entity == null) {
            throw new MetalOrmException("upsert(null): give an entity or a row.");
        }
        TableModel t = entity instanceof Row row ? table(row.table()) : work.model().table(entity.getClass());
        @SuppressWarnings("unchecked")
        T out = (T) Upsert.entity(work, t, entity, conflictColumns);
        return out;
    }

    /** Makes a new entity (or row) pending insert; generated keys are written back into it at flush. */
    public void persist(Object entity) {
        work.persist(entity);
    }

    /** Marks an entity (or row) of this session for deletion at flush. */
    public void remove(Object entity) {
        work.remove(entity);
    }

    /** Whether the instance is managed (or pending insert) by this session and not removed. */
    public boolean contains(Object entity) {
        return work.contains(entity);
    }

    /** Writes pending changes inside the transaction, without committing. */
    public void flush() {
        work.flush();
    }

    /**
     * Runs the work as one transaction block and returns what it returns. The outermost block
     * commits when the work returns (flushing first) and rolls back when it throws, rethrowing the
     * exception unchanged; it takes in whatever the session had pending or flushed before. A block
     * inside another is a SAVEPOINT: the session flushes, and if the inner work throws, the database
     * and the session go back to the savepoint (instances the inner block loaded or persisted are
     * detached, the others get their values back, relations are unloaded) and the exception leaves
     * the inner block only, so the outer one can catch it and go on. In a session that joined a
     * connection ({@link MetalOrm#openSession(java.sql.Connection)}) every block is a savepoint: the
     * owner commits.
     *
     * <p>Inside a block, {@link #commit()}, {@link #rollback()} and {@link #close()} are refused;
     * {@link #setRollbackOnly()} makes the block roll back and return normally. A statement that fails
     * inside a block ends it: nothing more runs in it, and it rolls back when it ends.
     */
    public <R, E extends Exception> R inTransaction(TransactionWork<R, E> body) throws E {
        return inTransaction(TransactionOptions.defaults(), body);
    }

    /**
     * {@link #inTransaction(TransactionWork)} with options (isolation, read-only, timeout) for the
     * transaction; only for an outermost block that starts the transaction.
     */
    public <R, E extends Exception> R inTransaction(TransactionOptions options, TransactionWork<R, E> body) throws E {
        java.util.Objects.requireNonNull(options, "options");
        java.util.Objects.requireNonNull(body, "body");
        work.beginBlock(options);
        R result;
        try {
            result = body.run(this);
        } catch (Throwable failure) {
            try {
                work.endBlockFailed(failure);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        }
        work.endBlock();
        return result;
    }

    /** {@link #inTransaction(TransactionWork)} for work that returns nothing. */
    public <E extends Exception> void runInTransaction(TransactionBlock<E> body) throws E {
        runInTransaction(TransactionOptions.defaults(), body);
    }

    public <E extends Exception> void runInTransaction(TransactionOptions options, TransactionBlock<E> body) throws E {
        java.util.Objects.requireNonNull(body, "body");
        inTransaction(options, session -> {
            body.run(session);
            return null;
        });
    }

    /** Makes the innermost open block roll back (to its savepoint, or the whole transaction) when it ends. */
    public void setRollbackOnly() {
        work.setRollbackOnly();
    }

    /** Whether the innermost open block is marked rollback-only. */
    public boolean isRollbackOnly() {
        return work.isRollbackOnly();
    }

    /**
     * Flushes and commits; the session stays usable, and borrows a connection again when needed.
     * In a session that joined a connection, only flushes: the connection's owner commits.
     */
    public void commit() {
        work.commit();
    }

    /** Rolls back and clears the session. Refused in a session that joined a connection: its owner rolls back. */
    public void rollback() {
        work.rollback();
    }

    /** Detaches every instance and forgets pending changes. */
    public void clear() {
        work.clear();
    }

    /** Rolls back whatever was not committed and returns the connection. */
    @Override
    public void close() {
        work.close();
    }

    private TableModel table(TableDefinition definition) {
        TableModel t = work.model().table(definition.name());
        if (t.classMapped()) {
            throw new MetalOrmException("Table " + definition.name() + " is mapped by " + t.source()
                    + ", not by defineTable; use its entity class.");
        }
        return t;
    }
}
