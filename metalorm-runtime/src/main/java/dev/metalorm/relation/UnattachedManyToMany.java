package dev.metalorm.relation;

import dev.metalorm.RelationNotLoadedException;
import dev.metalorm.annotation.Entity;
import dev.metalorm.schema.Row;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The links of a new entity before it is persisted, replayed in order at persist. A new row has no
 * pivot rows yet, so the items are the entities attached; ids (rather than entities) can only be
 * shown once the session has loaded their rows.
 */
final class UnattachedManyToMany<T> implements ManyToManyCollection<T>, Unattached {
    /** One call: attach (with pivot values), detach, or sync (the ids). */
    private record Change(String kind, Object value, Map<String, ?> pivotValues) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final List<Object> linked = new ArrayList<>();
    private final List<Map<String, ?>> linkedValues = new ArrayList<>();
    private boolean idsGiven;
    private ManyToManyCollection<T> live;

    @Override
    @SuppressWarnings("unchecked")
    public void attachTo(Object wrapper) {
        ManyToManyCollection<T> target = (ManyToManyCollection<T>) wrapper;
        for (Change c : changes) {
            switch (c.kind()) {
                case "attach" -> target.attach(c.value(), c.pivotValues());
                case "detach" -> target.detach(c.value());
                default -> target.syncByIds((Collection<?>) c.value());
            }
        }
        changes.clear();
        linked.clear();
        linkedValues.clear();
        live = target;
    }

    @Override
    public boolean attached() {
        return live != null;
    }

    @Override
    public List<T> load() {
        return live != null ? live.load() : getItems();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> getItems() {
        if (live != null) {
            return live.getItems();
        }
        if (idsGiven) {
            throw new RelationNotLoadedException("This collection belongs to a new entity in no session yet and was given ids,"
                    + " not entities; persist the entity and load() it to read the entities they stand for.");
        }
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(linked));
    }

    @Override
    public void attach(Object entityOrId) {
        attach(entityOrId, Map.of());
    }

    @Override
    public void attach(Object entityOrId, Map<String, ?> pivotValues) {
        Objects.requireNonNull(entityOrId, "entityOrId");
        if (live != null) {
            live.attach(entityOrId, pivotValues);
            return;
        }
        changes.add(new Change("attach", entityOrId, copy(pivotValues)));
        unlink(entityOrId);
        if (isEntity(entityOrId)) {
            linked.add(entityOrId);
            linkedValues.add(copy(pivotValues));
        } else {
            idsGiven = true;
        }
    }

    @Override
    public void detach(Object entityOrId) {
        Objects.requireNonNull(entityOrId, "entityOrId");
        if (live != null) {
            live.detach(entityOrId);
            return;
        }
        changes.add(new Change("detach", entityOrId, Map.of()));
        unlink(entityOrId);
    }

    @Override
    public void syncByIds(Collection<?> ids) {
        if (live != null) {
            live.syncByIds(ids);
            return;
        }
        changes.add(new Change("sync", List.copyOf(ids), Map.of()));
        linked.clear();
        linkedValues.clear();
        idsGiven = !ids.isEmpty();
    }

    private void unlink(Object entity) {
        for (int i = 0; i < linked.size(); i++) {
            if (linked.get(i) == entity) {
                linked.remove(i);
                linkedValues.remove(i);
                return;
            }
        }
    }

    /** A copy that keeps null values (a pivot column set to NULL), which Map.copyOf refuses. */
    private static Map<String, ?> copy(Map<String, ?> values) {
        return Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** Whether the value is an entity (or row) rather than an id. */
    private static boolean isEntity(Object value) {
        if (value instanceof Row) {
            return true;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isLoaded() {
        return live != null ? live.isLoaded() : !idsGiven;
    }

    @Override
    public boolean isFiltered() {
        return live != null && live.isFiltered();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> pivotValues(T item) {
        if (live != null) {
            return live.pivotValues(item);
        }
        for (int i = 0; i < linked.size(); i++) {
            if (linked.get(i) == item) {
                return Collections.unmodifiableMap(new java.util.LinkedHashMap<>((Map<String, Object>) linkedValues.get(i)));
            }
        }
        return Map.of();
    }

    @Override
    public String toString() {
        return live != null ? live.toString() : idsGiven ? "[ids pending]" : linked.toString();
    }
}
