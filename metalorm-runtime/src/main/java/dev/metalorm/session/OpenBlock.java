package dev.metalorm.session;

import java.sql.Savepoint;
import java.util.List;

/**
 * An open {@code inTransaction} block. A nested block (and every block of a session that joined
 * someone else's connection) has a savepoint and what the session held when it was set, to go back
 * to both if the block fails; the outermost block of a session that owns its connection has
 * neither: it commits or rolls back the transaction.
 */
final class OpenBlock {
    /** The savepoint, or null for the block that owns the transaction. */
    final Savepoint savepoint;
    /** The session's instances and their values when the savepoint was set (everything was flushed then). */
    final List<SavedEntry> saved;
    /** How many rows had been given a generated key in the transaction when the savepoint was set. */
    final int keyCount;
    /** Set by {@code setRollbackOnly()}: the block rolls back instead of committing, and returns normally. */
    boolean rollbackOnly;
    /**
     * A failure inside the block the session could not recover from alone (a failed statement or
     * flush): nothing more runs in the block, and it rolls back when it ends.
     */
    RuntimeException failure;

    OpenBlock(Savepoint savepoint, List<SavedEntry> saved, int keyCount) {
        this.savepoint = savepoint;
        this.saved = saved;
        this.keyCount = keyCount;
    }

    /** One instance of the session as it was at the savepoint. */
    record SavedEntry(EntityEntry entry, Object[] values, KeyValues key) {
    }
}
