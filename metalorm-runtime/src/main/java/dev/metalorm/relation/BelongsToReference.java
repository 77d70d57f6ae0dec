package dev.metalorm.relation;

/**
 * The entity this entity's foreign key refers to.
 *
 * @param <T> the referenced entity
 */
public interface BelongsToReference<T> {
    /**
     * The wrapper of a new entity that is in no session yet, as a field initialiser or a lazy getter
     * makes it: it keeps what it refers to, and persisting the entity hands them to the session's wrapper (see
     * {@link Unattached}). The session replaces it in the field when the entity is persisted or loaded.
     */
    static <T> BelongsToReference<T> unattached() {
        return new UnattachedReference<>(true);
    }

    /** Loads the referenced entity (batched); null when the foreign key is null. */
    T load();

    /** The loaded entity, or null. */
    T get();

    /** Points this entity's foreign key at {@code target} (null clears it). */
    void set(T target);

    boolean isLoaded();
}
