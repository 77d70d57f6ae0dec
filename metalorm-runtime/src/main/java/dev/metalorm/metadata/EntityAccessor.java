package dev.metalorm.metadata;

/**
 * Reads and writes an entity's column values and relation slots by position. One implementation
 * reflects over annotated fields, the other works on {@code defineTable} rows.
 */
public interface EntityAccessor {
    /** A new, empty instance. */
    Object newInstance();

    /** Whether {@code entity} is an instance this accessor handles. */
    boolean handles(Object entity);

    Object get(Object entity, int column);

    void set(Object entity, int column, Object value);

    /**
     * The value a column holds before anything is set: null, or the zero of a primitive field. A
     * generated key holding it is unset, so a new {@code int id} is generated, not inserted as 0.
     */
    default Object unset(int column) {
        return null;
    }

    /** The relation wrapper in the slot, or null. */
    Object relation(Object entity, int relation);

    void setRelation(Object entity, int relation, Object wrapper);
}
