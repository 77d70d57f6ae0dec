package dev.metalorm.relation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The far side of a many-to-many relation through a pivot table.
 *
 * @param <T> the entity on the far side
 */
public interface ManyToManyCollection<T> {
    /**
     * The wrapper of a new entity that is in no session yet, as a field initialiser or a lazy getter
     * makes it: it keeps its links, and persisting the entity hands them to the session's wrapper (see
     * {@link Unattached}). The session replaces it in the field when the entity is persisted or loaded.
     */
    static <T> ManyToManyCollection<T> unattached() {
        return new UnattachedManyToMany<>();
    }

    /** Loads the related entities (batched). */
    List<T> load();

    /** The loaded entities. */
    List<T> getItems();

    /** Links an entity, or the id of one, by inserting a pivot row at flush; attaching twice is harmless. */
    void attach(Object entityOrId);

    /** Like {@link #attach(Object)}, with values for the pivot's payload columns (such as {@code assigned_at}). */
    void attach(Object entityOrId, Map<String, ?> pivotValues);

    /** Unlinks an entity, or the id of one, by deleting its pivot row at flush. */
    void detach(Object entityOrId);

    /** Makes the linked ids exactly {@code ids}, writing only the difference at flush. */
    void syncByIds(Collection<?> ids);

    /** Whether {@link #getItems()} can be read: the relation is loaded, whole or filtered. */
    boolean isLoaded();

    /**
     * Whether the items are only the rows a filtered include selected
     * ({@code include("roles", w -> w.eq("name", "admin"))}), not the whole relation. Every change
     * ({@code attach}, {@code detach}, {@code syncByIds}) needs the whole relation to be exact: it
     * loads it first, and then the collection is no longer filtered; so do {@code load()} and a
     * plain include.
     */
    boolean isFiltered();

    /**
     * The pivot row's other columns (such as {@code assigned_at}) for a linked entity, by column
     * name; empty when the entity is not linked.
     */
    Map<String, Object> pivotValues(T item);
}
