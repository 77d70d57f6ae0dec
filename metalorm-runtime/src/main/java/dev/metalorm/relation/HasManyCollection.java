package dev.metalorm.relation;

import java.util.List;

/**
 * The children of a one-to-many relation, live in the entity's session.
 *
 * @param <T> the child entity
 */
public interface HasManyCollection<T> {
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

    boolean isLoaded();
}
