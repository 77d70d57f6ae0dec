package dev.metalorm.session;

import dev.metalorm.MetalOrmException;
import dev.metalorm.metadata.ColumnModel;
import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.metadata.Values;
import dev.metalorm.relation.ManyToManyCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's {@link ManyToManyCollection}. Changes load the relation first (one batched query)
 * so that they are exact: attaching a linked entity does nothing, {@link #syncByIds} writes only
 * the difference. Pivot rows are inserted and deleted at flush.
 */
final class LiveManyToMany<T> extends CollectionWrapper<T> implements ManyToManyCollection<T> {
    // small at first (they grow): one pair per owner of a big session, most of them empty or nearly
    private final Map<Object, Map<String, Object>> pivotValues = new IdentityHashMap<>(2);
    private final List<Object> pendingInserts = new IdentityItems(session.onHoldingsChanged);
    /**
     * Linked targets detached since the last flush, and for each its key and pivot values taken when
     * detached (the target may change or go); both null while there is none (nearly every
     * collection of a big session).
     */
    private IdentityItems pendingDeletes;
    private Map<Object, Detached> detached;

    /** A link detached since the last flush: its pivot row's target key, and the payload it had. */
    private record Detached(List<Object> targetKey, Map<String, Object> payload) {
    }

    LiveManyToMany(UnitOfWork session, EntityEntry owner, RelationModel.BelongsToMany relation) {
        super(session, owner, relation);
    }

    RelationModel.BelongsToMany rel() {
        return (RelationModel.BelongsToMany) relation;
    }

    private TableModel target() {
        return session.model().table(rel().target());
    }

    /** Takes what was loaded, keeping what changed since the last flush: pending attaches (with their payload) and detaches. */
    @Override
    void loaded(List<Object> targets, List<Map<String, Object>> pivots) {
        if (targets.isEmpty() && pendingInserts.isEmpty()) { // a new owner's empty collection: nothing to merge
            items.clear();
            pivotValues.clear();
            loaded = true;
            filtered = false;
            return;
        }
        Map<Object, Map<String, Object>> pendingPayload = new IdentityHashMap<>();
        for (Object t : pendingInserts) {
            pendingPayload.put(t, pivotValues.get(t));
        }
        items.clear();
        pivotValues.clear();
        List<Object> merged = new ArrayList<>(targets.size() + pendingInserts.size());
        for (int i = 0; i < targets.size(); i++) {
            Object t = targets.get(i);
            if (!pivotValues.containsKey(t) && (pendingDeletes == null || !pendingDeletes.containsInstance(t))) {
                merged.add(t);
                pivotValues.put(t, pivots.get(i));
            }
        }
        for (Object t : pendingInserts) {
            if (!pivotValues.containsKey(t)) {
                merged.add(t);
                pivotValues.put(t, pendingPayload.get(t));
            }
        }
        items.addAll(merged); // one copy of the copy-on-write list
        loaded = true;
        filtered = false;
    }

    @Override
    public void attach(Object entityOrId) {
        attach(entityOrId, Map.of());
    }

    @Override
    public void attach(Object entityOrId, Map<String, ?> values) {
        session.enterCall();
        try {
            requireSession();
            ensureLoaded();
            TableModel pivot = session.model().table(rel().pivot());
            // no map of its own for a link without payload (nearly every link): one per link of a big session showed
            Map<String, Object> payload = values.isEmpty() ? Map.of() : new LinkedHashMap<>();
            for (Map.Entry<String, ?> e : values.entrySet()) {
                ColumnModel c = pivot.findColumn(e.getKey()).orElseThrow(() -> new MetalOrmException("Pivot table " + pivot.name()
                        + " of " + describe() + " has no column \"" + e.getKey() + "\"; its columns are " + pivot.columnNames()));
                if (rel().pivotForeignKeyToRoot().contains(c.name()) || rel().pivotForeignKeyToTarget().contains(c.name())) {
                    throw new MetalOrmException("Pivot column " + pivot.name() + "." + c.name() + " is a key column of " + describe()
                            + "; pass only payload columns to attach.");
                }
                payload.put(c.name(), Values.coerce(pivot, c, e.getValue()));
            }
            Object target = resolve(entityOrId);
            if (Identity.contains(items, target)) {
                return;
            }
            items.add(target);
            if (pendingDeletes != null && Identity.contains(pendingDeletes, target) && values.isEmpty()) {
                // linked in the database already: the old pivot row stays, with its old payload
                pendingDeletes.removeInstance(target);
                Map<String, Object> old = detached.remove(target).payload();
                if (old != null) {
                    pivotValues.put(target, old);
                }
                session.pivotChanged(this);
                return;
            }
            // with new pivot values, a link detached since the last flush is replaced: its old row is
            // deleted (deletes of detached links go first) and the new one inserted
            pivotValues.put(target, payload);
            pendingInserts.add(target);
            session.pivotChanged(this);
        } finally {
            session.exitCall();
        }
    }

    @Override
    public void detach(Object entityOrId) {
        session.enterCall();
        try {
            requireSession();
            ensureLoaded();
            Object target = resolveLinked(entityOrId);
            if (target == null || !Identity.remove(items, target)) {
                return;
            }
            if (Identity.remove(pendingInserts, target)) {
                pivotValues.remove(target);
                return;
            }
            Map<String, Object> payload = pivotValues.remove(target);
            if (pendingDeletes == null) {
                pendingDeletes = new IdentityItems();
                detached = new IdentityHashMap<>(2);
            }
            pendingDeletes.add(target);
            detached.put(target, new Detached(session.values(target, target().columns(rel().targetKey())), payload));
            session.pivotChanged(this);
        } finally {
            session.exitCall();
        }
    }

    @Override
    public void syncByIds(Collection<?> ids) {
        session.enterCall();
        try {
            requireSession();
            ensureLoaded();
            TableModel target = target();
            List<ColumnModel> key = target.columns(rel().targetKey());
            List<List<Object>> wanted = new ArrayList<>();
            for (Object id : ids) {
                List<Object> k = keyValues(target, key, id);
                if (!wanted.contains(k)) {
                    wanted.add(k);
                }
            }
            for (Object item : new ArrayList<>(items)) {
                if (!wanted.contains(session.values(item, key))) {
                    detach(item);
                }
            }
            List<List<Object>> missing = new ArrayList<>();
            for (List<Object> k : wanted) {
                boolean linked = false;
                for (Object item : items) {
                    linked |= session.values(item, key).equals(k);
                }
                if (!linked) {
                    missing.add(k);
                }
            }
            // one query for the targets to link that the session does not hold yet
            session.prefetch(target, key, missing);
            for (List<Object> k : missing) {
                attach(k.size() == 1 ? k.get(0) : k);
            }
        } finally {
            session.exitCall();
        }
    }

    @Override
    public Map<String, Object> pivotValues(T item) {
        requireLoaded();
        Map<String, Object> v = pivotValues.get(item);
        return v == null ? Map.of() : Collections.unmodifiableMap(v);
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    void unload() {
        super.unload();
        pivotValues.keySet().removeIf(t -> !Identity.contains(pendingInserts, t));
    }

    /** Pending pivot deletes: each target's key values as they were when detached. */
    boolean hasPendingDeletes() {
        return pendingDeletes != null && !pendingDeletes.isEmpty();
    }

    List<List<Object>> pendingDeleteKeys() {
        List<List<Object>> out = new ArrayList<>();
        if (pendingDeletes == null) {
            return out;
        }
        for (Object t : pendingDeletes) {
            out.add(detached.get(t).targetKey());
        }
        return out;
    }

    boolean hasPendingInserts() {
        return !pendingInserts.isEmpty();
    }

    List<Object> pendingInserts() {
        return List.copyOf(pendingInserts);
    }

    Map<String, Object> payload(Object target) {
        return pivotValues.getOrDefault(target, Map.of());
    }

    /** The removed row's pivot rows go with it at flush; one pending insert for it would refer to a deleted row. */
    @Override
    List<Object> pendingHeld() {
        return pendingInserts;
    }

    /** The pivot row linking to the target of this key was removed as an entity: the link is gone. */
    void forgetLink(List<Object> targetKey) {
        List<ColumnModel> key = target().columns(rel().targetKey());
        KeyValues wanted = KeyValues.of(targetKey);
        for (Object item : items) {
            if (wanted.equals(KeyValues.of(session.values(item, key))) && !Identity.contains(pendingInserts, item)) {
                Identity.remove(items, item);
                pivotValues.remove(item);
                return;
            }
        }
    }

    @Override
    void forgetRemoved(Object target) {
        if (Identity.remove(items, target) || Identity.contains(pendingInserts, target)) {
            Identity.remove(pendingInserts, target);
            pivotValues.remove(target);
        }
    }

    @Override
    void flushed() {
        pendingInserts.clear();
        pendingDeletes = null;
        detached = null;
    }

    /** An entity of the target table (persisted if new), or the one with this id. */
    private Object resolve(Object entityOrId) {
        TableModel target = target();
        if (target.accessor().handles(entityOrId)) {
            session.persistIfNew(entityOrId);
            return entityOrId;
        }
        List<ColumnModel> key = target.columns(rel().targetKey());
        List<Object> k = keyValues(target, key, entityOrId);
        for (Object item : items) {
            if (session.values(item, key).equals(k)) {
                return item;
            }
        }
        Object found = session.findBy(target, key, k);
        if (found == null) {
            throw new MetalOrmException("Cannot attach to " + describe() + ": there is no " + target.name() + " row with "
                    + key.stream().map(ColumnModel::name).toList() + " = " + k + ".");
        }
        return found;
    }

    private Object resolveLinked(Object entityOrId) {
        TableModel target = target();
        if (target.accessor().handles(entityOrId)) {
            return entityOrId;
        }
        List<ColumnModel> key = target.columns(rel().targetKey());
        List<Object> k = keyValues(target, key, entityOrId);
        for (Object item : items) {
            if (session.values(item, key).equals(k)) {
                return item;
            }
        }
        return null;
    }

    private List<Object> keyValues(TableModel target, List<ColumnModel> key, Object id) {
        List<?> parts = id instanceof List<?> l ? l : List.of(id);
        if (parts.size() != key.size()) {
            throw new MetalOrmException(describe() + ": an id of " + target.name() + " has " + key.size() + " value(s) "
                    + key.stream().map(ColumnModel::name).toList() + "; got " + id + ".");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            out.add(Values.coerce(target, key.get(i), parts.get(i)));
        }
        return KeyValues.of(out);
    }

    @Override
    public String toString() {
        return loaded ? (filtered ? "filtered " : "") + items : "[not loaded]";
    }
}
