package dev.metalorm.session;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.relation.HasManyCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The session's {@link HasManyCollection}: children by the target's foreign key. Children added
 * or removed since the last flush are remembered until the next one, so that any (re)load, whole
 * or filtered, shows them.
 */
final class LiveHasMany<T> extends CollectionWrapper<T> implements HasManyCollection<T> {
    private final List<Object> pendingAdded = new IdentityItems(session.onHoldingsChanged);
    /** Children taken out since the last flush; null while none is (nearly every collection of a big session). */
    private IdentityItems pendingRemoved;

    LiveHasMany(UnitOfWork session, EntityEntry owner, RelationModel.HasMany relation) {
        super(session, owner, relation);
    }

    private RelationModel.HasMany rel() {
        return (RelationModel.HasMany) relation;
    }

    @Override
    void loaded(List<Object> targets, List<Map<String, Object>> pivotValues) {
        items.clear();
        if (pendingAdded.isEmpty() && pendingRemoved == null) {
            items.addAll(targets);
        } else {
            java.util.Set<Object> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Object> merged = new ArrayList<>(targets.size() + pendingAdded.size());
            for (Object t : targets) {
                if ((pendingRemoved == null || !pendingRemoved.containsInstance(t)) && in.add(t)) {
                    merged.add(t);
                }
            }
            for (Object t : pendingAdded) {
                if (in.add(t)) {
                    merged.add(t);
                }
            }
            items.addAll(merged); // one copy of the copy-on-write list
        }
        loaded = true;
        filtered = false;
    }

    /**
     * The child left this collection (removed from it, or its reference set to another parent): it
     * shows it no longer, and a reload before the flush does not bring it back.
     */
    void childLeft(Object child) {
        Identity.remove(items, child);
        Identity.remove(pendingAdded, child);
        if (pendingRemoved == null) {
            pendingRemoved = new IdentityItems();
        }
        if (!pendingRemoved.containsInstance(child)) {
            pendingRemoved.add(child);
        }
    }

    /**
     * The child came into this collection (added, or its reference set to the owner): it shows the
     * child, and a reload before the flush keeps it.
     */
    void childJoined(Object child) {
        if (pendingRemoved != null) {
            pendingRemoved.removeInstance(child);
        }
        if (!Identity.contains(pendingAdded, child)) {
            pendingAdded.add(child);
        }
        if (loaded && !Identity.contains(items, child)) {
            items.add(child);
        }
    }

    @Override
    void forgetRemoved(Object target) {
        Identity.remove(items, target);
        Identity.remove(pendingAdded, target);
    }

    @Override
    List<Object> pendingHeld() {
        return pendingAdded;
    }

    @Override
    void flushed() {
        pendingAdded.clear();
        pendingRemoved = null;
    }

    @Override
    public void add(T child) {
        session.enterCall();
        try {
            requireSession();
            requireTarget(child);
            session.persistIfNew(child);
            link(child);
        } finally {
            session.exitCall();
        }
    }

    @Override
    public void attach(T child) {
        session.enterCall();
        try {
            requireSession();
            requireTarget(child);
            if (!session.contains(child)) {
                throw new MetalOrmException("attach on " + describe() + " expects an entity of this session; use add() for a new one.");
            }
            link(child);
        } finally {
            session.exitCall();
        }
    }

    private void link(Object child) {
        TableModel target = session.model().table(rel().target());
        session.link(child, session.columns(target, rel().foreignKey()), owner.entity, session.columns(owner.table, rel().localKey()));
        childJoined(child);
    }

    @Override
    public void remove(T child) {
        session.enterCall();
        try {
            requireSession();
            requireTarget(child);
            unlink(this, child, rel().target(), rel().foreignKey(), rel().cascade().remove());
            childLeft(child);
        } finally {
            session.exitCall();
        }
    }

    /** Deletes the child (cascade REMOVE) or nulls its foreign key, which must then be nullable. */
    static void unlink(RelationWrapper w, Object child, String targetTable, List<String> foreignKey, boolean cascadeRemove) {
        if (cascadeRemove) {
            if (w.session.contains(child)) {
                w.session.remove(child);
            }
            return;
        }
        TableModel target = w.session.model().table(targetTable);
        List<ColumnModel> fk = target.columns(foreignKey);
        for (ColumnModel c : fk) {
            if (!c.nullable()) {
                throw new MetalOrmException("Cannot take a " + targetTable + " row out of " + w.describe() + ": its foreign key "
                        + targetTable + "." + c.name() + " is not nullable. Declare the relation with cascade = Cascade.REMOVE "
                        + "to delete it, or remove the row from the session.");
            }
        }
        if (w.session.contains(child)) {
            w.session.link(child, fk, null, w.owner.table.columns(keyOf(w.relation)));
        }
    }

    private static List<String> keyOf(RelationModel r) {
        return r instanceof RelationModel.HasMany h ? h.localKey() : ((RelationModel.HasOne) r).localKey();
    }

    @Override
    public void clear() {
        session.enterCall();
        try {
            for (Object child : new ArrayList<>(load())) {
                @SuppressWarnings("unchecked")
                T t = (T) child;
                remove(t);
            }
        } finally {
            session.exitCall();
        }
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public String toString() {
        return loaded ? (filtered ? "filtered " : "") + items : "[not loaded]";
    }
}
