package dev.metalorm.relation;

import java.util.List;

/**
 * The children of a one-to-many relation, live in the entity's session.
 *
 * @param <T> the child entity
 */
public interface HasManyCollection<T> {
    /**
     * The wrapper of a new entity that is in no session yet, as a field initialiser or a lazy getter
     * makes it: it keeps its children, and persisting the entity hands them to the session's wrapper (see
     * {@link Unattached}). The session replaces it in the field when the entity is persisted or loaded.
     */
    static <T> HasManyCollection<T> unattached() {
        return new UnattachedHasMany<>();
    }

    /** Loads the children (batched with the same relation of the other entities in the session). */
    List<T> load();

    /** The loaded children. */
    List<T> getItems();

    /** Adds a new child: it gets this entity's key and is inserted at flush. */
    void add(T child);

    /** Adds an existing child: its foreign key is updated at flush. */
    void attach(T child);

    /** Removes a child: deleted or its foreign key nulled at flush, as the relation's cascade says. */
    void remove(T child);

    /** Removes every child. */
    void clear();

    /** Whether {@link #getItems()} can be read: the relation is loaded, whole or filtered. */
    boolean isLoaded();

    /**
     * Whether the items are only the rows a filtered include selected
     * ({@code include("posts", w -> w.eq("published", true))}), not the whole relation.
     * {@code clear()} needs the whole relation: it loads it first, and then the collection is no
     * longer filtered; so do {@code load()} and a plain include. {@code add}, {@code attach} and
     * {@code remove} change one child and keep the collection filtered (an added child shows in
     * the items whether or not it matches the filter).
     */
    boolean isFiltered();
}
