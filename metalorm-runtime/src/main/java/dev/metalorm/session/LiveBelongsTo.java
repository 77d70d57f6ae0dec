package dev.metalorm.session;

import dev.metalorm.metadata.ColumnModel;
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
    /**
     * What the foreign key was when {@link #value} was loaded or set: its value for a key of one
     * column (nearly every one: a list of one per tracked row was a tenth of a big session's
     * objects), else the list of its values.
     */
    private Object loadedFor;
    /** Set by {@link #set} until the next flush has written the foreign key. */
    private boolean setSinceFlush;
    /** The owner's foreign-key columns, once asked for. */
    private List<ColumnModel> foreignKey;

    LiveBelongsTo(UnitOfWork session, EntityEntry owner, RelationModel.BelongsTo relation) {
        super(session, owner, relation);
    }

    private RelationModel.BelongsTo rel() {
        return (RelationModel.BelongsTo) relation;
    }

    private List<ColumnModel> foreignKey() {
        if (foreignKey == null) { // looked up once: every new child of a big flush asks after the flush
            foreignKey = session.columns(owner.table, rel().foreignKey());
        }
        return foreignKey;
    }

    List<Object> foreignKeyValues() {
        return owner.values(foreignKey());
    }

    /** The foreign key now, as {@link #loadedFor} keeps it. */
    private Object foreignKeyNow() {
        List<ColumnModel> columns = foreignKey();
        if (columns.size() != 1) {
            return owner.values(columns);
        }
        Object v = owner.get(columns.get(0));
        return v instanceof byte[] b ? b.clone() : v; // the caller may change its array in place
    }

    @Override
    void loaded(List<Object> targets, List<Map<String, Object>> pivotValues) {
        value = targets.isEmpty() ? null : targets.get(0);
        loadedFor = foreignKeyNow();
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
        List<ColumnModel> columns = foreignKey();
        if (columns.size() == 1) {
            return Values.same(owner.get(columns.get(0)), loadedFor);
        }
        List<Object> now = owner.values(columns);
        List<?> then = (List<?>) loadedFor;
        for (int i = 0; i < now.size(); i++) {
            if (!Values.same(now.get(i), then.get(i))) {
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
            EntityEntry before = session.referencedEntry(targetTable, rel().targetKey(), foreignKeyValues());
            session.link(owner.entity, owner.table.columns(rel().foreignKey()), target, targetTable.columns(rel().targetKey()));
            session.moved(owner, rel(), before, target == null ? null : session.entry(target));
            value = target;
            loadedFor = foreignKeyNow();
            loaded = true;
            setSinceFlush = true;
        } finally {
            session.exitCall();
        }
    }

    boolean over(List<ColumnModel> foreignKey) {
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
            loadedFor = foreignKeyNow();
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
