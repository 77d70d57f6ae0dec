package dev.metalorm.annotation;

/** What happens to the other side of a relation when an entity is removed from it or deleted. */
public enum Cascade {
    /** Nothing: removing a child from a parent's collection sets the child's foreign key to null. */
    NONE,
    /** Persist new related entities with their owner. */
    PERSIST,
    /** Removing a child from the collection, or deleting the owner, deletes the child too. */
    REMOVE,
    /** Both {@link #PERSIST} and {@link #REMOVE}. */
    ALL
}
