package dev.metalorm.relation;

/**
 * The entity this entity's foreign key refers to.
 *
 * @param <T> the referenced entity
 */
public interface BelongsToReference<T> {
    /** Loads the referenced entity (batched); null when the foreign key is null. */
    T load();

    /** The loaded entity, or null. */
    T get();

    /** Points this entity's foreign key at {@code target} (null clears it). */
    void set(T target);

    boolean isLoaded();
}
