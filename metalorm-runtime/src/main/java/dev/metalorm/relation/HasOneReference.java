package dev.metalorm.relation;

/**
 * The single row that refers to this entity through a unique foreign key.
 *
 * @param <T> the other entity
 */
public interface HasOneReference<T> {
    /**
     * The wrapper of a new entity that is in no session yet, as a field initialiser or a lazy getter
     * makes it: it keeps the row that refers to it, and persisting the entity hands them to the session's wrapper (see
     * {@link Unattached}). The session replaces it in the field when the entity is persisted or loaded.
     */
    static <T> HasOneReference<T> unattached() {
        return new UnattachedReference<>(false);
    }

    /** Loads the other entity (batched); null when there is none. */
    T load();

    /** The loaded entity, or null when there is none. */
    T get();

    /** Makes {@code other} the one row that refers to this entity. */
    void set(T other);

    boolean isLoaded();
}
