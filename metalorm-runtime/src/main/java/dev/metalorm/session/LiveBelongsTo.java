package dev.metalorm.session;

import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.relation.BelongsToReference;
import java.util.List;
import java.util.Map;

/**
 * The session's {@link BelongsToReference}. {@link #set} points the owner's foreign-key columns at
 * the target at once when its key is known, and again at flush (after a new target got its
 * generated key). Changing the foreign-key column directly makes the reference "not loaded" again.
 */
final class LiveBelongsTo<T> extends ReferenceWrapper<T> implements BelongsToReference<T> {
    /** The foreign-key values {@link #value} was loaded or set for. */
    private List<Object> loadedFor;
    /** Set by {@link #set} until the next flush has written the foreign key. */
    private boolean setSinceFlush;
    /** The owner's foreign-key columns, once asked for. */
    private List<dev.metalorm.metadata.ColumnModel> foreignKey;

    LiveBelongsTo(UnitOfWork session, EntityEntry owner, RelationModel.BelongsTo relation) {
        super(session, owner, relation);
    }

    private RelationModel.BelongsTo rel() {
        return (RelationModel.BelongsTo) relation;
    }

    List<Object> foreignKeyValues() {
        if (foreignKey == null) { // looked up once: every new child of a big flush asks after the flush
            foreignKey = session.columns(owner.table, rel().foreignKey());
        }
        return owner.values(foreignKey);
    }

    @Override
    void loaded(List<Object> targets, List<Map<String, Object>> pivotValues) {
        value = targets.isEmpty() ? null : targets.get(0);
        loadedFor = foreignKeyValues();
        loaded = true;
    }

    @Override
    boolean isLoadedNow() {
        if (!loaded) {
            return false;
        }
        if (owner.link(rel().foreignKey()) != null) {
            return true;
        }
        List<Object> now = foreignKeyValues();
        for (int i = 0; i < now.size(); i++) {
            if (!Values.same(now.get(i), loadedFor.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void set(T target) {
        session.enterCall();
        try {
            requireSession();
            if (target != null) {
                requireTarget(target);
                session.persistIfNew(target);
            }
            TableModel targetTable = session.model().table(rel().target());
            session.link(owner.entity, owner.table.columns(rel().foreignKey()), target, targetTable.columns(rel().targetKey()));
            value = target;
            loadedFor = foreignKeyValues();
            loaded = true;
            setSinceFlush = true;
        } finally {
            session.exitCall();
        }
    }

    boolean over(List<dev.metalorm.metadata.ColumnModel> foreignKey) {
        return EntityEntry.named(foreignKey, rel().foreignKey());
    }

    /** The owner's foreign key was linked to this parent (or to none) by this or another wrapper. */
    void pointedAt(Object parent) {
        value = parent;
        loaded = true;
        setSinceFlush = true;
    }

    @Override
    void flushed() {
        if (setSinceFlush) {
            loadedFor = foreignKeyValues();
            setSinceFlush = false;
        }
    }

    @Override
    public boolean isLoaded() {
        return isLoadedNow();
    }

    @Override
    public String toString() {
        return isLoadedNow() ? String.valueOf(value) : "[not loaded]";
    }
}
