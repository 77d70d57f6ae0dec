package dev.metalorm;

import java.util.List;

/**
 * An UPDATE or DELETE of a row with a {@code @Version} column found no row with the version the
 * session read: someone else changed or deleted the row meanwhile. The flush was rolled back (and
 * the session cleared); read the row again and reapply the change.
 */
public final class OptimisticLockException extends MetalOrmException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final List<Object> key;
    private final transient Object heldVersion;

    public OptimisticLockException(String table, List<Object> key, Object heldVersion, String statement) {
        super("Optimistic lock failed on " + table + " row " + key + ": the session read version " + heldVersion
                + ", but the row was changed or deleted by someone else since (the " + statement + " matched no row with "
                + "that version); the flush was rolled back. Read the row again and reapply the change.");
        this.table = table;
        this.key = List.copyOf(key);
        this.heldVersion = heldVersion;
    }

    public String table() {
        return table;
    }

    /** The row's primary-key values. */
    public List<Object> key() {
        return key;
    }

    /** The version the session had read and expected to find. */
    public Object heldVersion() {
        return heldVersion;
    }
}
