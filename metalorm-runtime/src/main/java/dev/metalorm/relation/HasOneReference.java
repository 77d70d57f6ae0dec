package dev.metalorm.relation;

/**
 * The single row that refers to this entity through a unique foreign key.
 *
 * @param <T> the other entity
 */
public interface HasOneReference<T> {
    /** Loads the other entity (batched); null when there is none. */
    T load();

    /** The loaded entity, or null when there is none. */
    T get();

    /** Makes {@code other} the one row that refers to this entity. */
    void set(T other);

    boolean isLoaded();
}
