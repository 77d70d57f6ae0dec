package dev.metalorm.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The children added to a new entity before it is persisted. A new row has nothing referring to it
 * yet, so the collection is loaded and holds exactly what was added or attached.
 */
final class UnattachedHasMany<T> implements HasManyCollection<T>, Unattached {
    /** A child and whether it came by {@code attach} (an entity of a session) rather than {@code add}. */
    private record Pending(Object child, boolean attach) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private HasManyCollection<T> live;

    @Override
    @SuppressWarnings("unchecked")
    public void attachTo(Object wrapper) {
        HasManyCollection<T> target = (HasManyCollection<T>) wrapper;
        for (Pending p : pending) {
            if (p.attach()) {
                target.attach((T) p.child());
            } else {
                target.add((T) p.child());
            }
        }
        pending.clear();
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
        List<T> items = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            items.add((T) p.child());
        }
        return Collections.unmodifiableList(items);
    }

    @Override
    public void add(T child) {
        put(child, false);
    }

    @Override
    public void attach(T child) {
        put(child, true);
    }

    private void put(T child, boolean attach) {
        Objects.requireNonNull(child, "child");
        if (live != null) {
            if (attach) {
                live.attach(child);
            } else {
                live.add(child);
            }
            return;
        }
        pending.removeIf(p -> p.child() == child);
        pending.add(new Pending(child, attach));
    }

    @Override
    public void remove(T child) {
        if (live != null) {
            live.remove(child);
            return;
        }
        pending.removeIf(p -> p.child() == child);
    }

    @Override
    public void clear() {
        if (live != null) {
            live.clear();
            return;
        }
        pending.clear();
    }

    @Override
    public boolean isLoaded() {
        return live == null || live.isLoaded();
    }

    @Override
    public boolean isFiltered() {
        return live != null && live.isFiltered();
    }

    @Override
    public String toString() {
        return live != null ? live.toString() : getItems().toString();
    }
}
