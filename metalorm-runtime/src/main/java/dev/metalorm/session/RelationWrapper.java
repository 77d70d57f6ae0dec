package dev.metalorm.session;

import dev.metalorm.MetalOrmException;
import dev.metalorm.RelationNotLoadedException;
import dev.metalorm.metadata.RelationModel;
import java.util.List;

/**
 * What the four live wrappers share: their session, owner and relation, and whether loaded.
 * Reading a relation that is not loaded throws {@link RelationNotLoadedException}; loading is
 * explicit ({@code load()} or {@code include}) and batched.
 */
abstract class RelationWrapper {
    final UnitOfWork session;
    final EntityEntry owner;
    final RelationModel relation;
    /** Whether the wrapper holds values: the whole relation, or (when {@link #filtered}) part of it. */
    boolean loaded;
    /** Set by a filtered include: the values are only the rows its filter selected. */
    boolean filtered;

    RelationWrapper(UnitOfWork session, EntityEntry owner, RelationModel relation) {
        this.session = session;
        this.owner = owner;
        this.relation = relation;
    }

    /** Takes the rows the loader found for this owner: the targets and, for many-to-many, each one's pivot values. */
    abstract void loaded(List<Object> targets, List<java.util.Map<String, Object>> pivotValues);

    /** The loaded targets (one or none for references), for include's next level. */
    abstract List<Object> targets();

    /** Called after a successful flush: pending writes are now in the database. */
    void flushed() {
    }

    /**
     * The target was removed from the session: a loaded collection or reference lets go of it, so
     * that the object graph shows what the database will hold after the flush.
     */
    void forgetRemoved(Object target) {
    }

    /** What the wrapper holds besides its loaded targets and would let go of in {@link #forgetRemoved}: changes not yet flushed. */
    List<Object> pendingHeld() {
        return List.of();
    }

    /** Forgets the loaded values (a set-based write may have changed them); pending changes stay. */
    void unload() {
        loaded = false;
        filtered = false;
    }

    /** Forgets pending changes and loaded values: a nested transaction block rolled back what they were. */
    final void reset() {
        flushed();
        unload();
    }

    /** Loads the whole relation unless it is loaded already (a filtered part does not count). */
    final void ensureLoaded() {
        if (!isLoadedNow()) {
            session.load(this);
        }
    }

    /** Whether the whole relation is loaded, as it is in the database now. */
    boolean isLoadedNow() {
        return loaded && !filtered;
    }

    /** Reading the values needs them loaded: whole, or the part a filtered include chose. */
    final void requireLoaded() {
        if (!isLoadedNow() && !(loaded && filtered)) {
            throw new RelationNotLoadedException("Relation " + describe() + " is not loaded. Call load() on it (loads it for "
                    + "every " + owner.table.name() + " row in the session in one query) or include(\"" + relation.name()
                    + "\") in the query.");
        }
    }

    final void requireSession() {
        if (!session.isTracked(owner)) {
            throw new MetalOrmException("Relation " + describe() + " belongs to an entity no longer in its session (closed, "
                    + "rolled back, cleared or removed). Load the entity again in an open session.");
        }
    }

    /** Refuses an entity of another table than the relation's target. */
    final void requireTarget(Object entity) {
        dev.metalorm.metadata.TableModel target = session.model().table(relation.target());
        if (entity == null || !target.accessor().handles(entity)) {
            throw new MetalOrmException(describe() + " holds rows of " + target + "; got "
                    + (entity == null ? "null" : entity.getClass().getName() + " " + entity) + ".");
        }
    }

    final String describe() {
        return owner.table.name() + "." + relation.name() + " of " + owner.table.name()
                + (owner.key == null ? "(new)" : owner.key.toString());
    }
}
