package dev.metalorm.session;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The session's entries by instance identity, handed out in the order they came in. An identity
 * map alone hands them out in identity-hash order: a flush walking 110,000 new rows that way
 * touched them in random memory order, where their own order is the order they were allocated in.
 * An entry that left stays in the order list, marked absent and skipped, until enough have left
 * that a put compacts the list (never while it is being read, so reading never fails).
 */
final class Entries {
    private final Map<Object, EntityEntry> byEntity = new IdentityHashMap<>();
    private final List<EntityEntry> order = new ArrayList<>();
    /** Entries in {@link #order} that left. */
    private int absent;
    /** Counts clears: an entry is in {@link #order} when its {@code listedIn} is this (clearing marks no entry). */
    private int epoch = 1;
    private final Collection<EntityEntry> view = new AbstractCollection<>() {
        @Override
        public Iterator<EntityEntry> iterator() {
            return new Present();
        }

        @Override
        public int size() {
            return byEntity.size();
        }
    };

    EntityEntry get(Object entity) {
        return byEntity.get(entity);
    }

    boolean containsKey(Object entity) {
        return byEntity.containsKey(entity);
    }

    int size() {
        return byEntity.size();
    }

    /**
     * Whether the entry is the one held for its instance: {@code get(entry.entity) == entry}, read off
     * the entry alone. A lookup by instance reads the instance's header and a slot of a table as big
     * as the session, both far apart in memory; a flush checking every new row's parent showed.
     */
    boolean holds(EntityEntry entry) {
        return entry.present && entry.listedIn == epoch;
    }

    void put(EntityEntry entry) {
        EntityEntry before = byEntity.put(entry.entity, entry);
        if (before == entry) {
            return;
        }
        if (before != null) {
            left(before);
        }
        entry.present = true;
        if (entry.listedIn == epoch) {
            absent--; // back before the list was compacted: at its old place
            return;
        }
        if (absent > 64 && absent > order.size() / 2) {
            compact();
        }
        entry.listedIn = epoch;
        order.add(entry);
    }

    void remove(Object entity) {
        EntityEntry gone = byEntity.remove(entity);
        if (gone != null) {
            left(gone);
        }
    }

    private void left(EntityEntry e) {
        e.present = false;
        absent++;
    }

    void clear() {
        order.clear();
        byEntity.clear();
        absent = 0;
        epoch++;
    }

    private void compact() {
        int n = 0;
        for (EntityEntry e : order) {
            if (e.present) {
                order.set(n++, e);
            } else {
                e.listedIn = 0;
            }
        }
        order.subList(n, order.size()).clear();
        absent = 0;
    }

    /** The entries in the order they came in (read only). */
    Collection<EntityEntry> values() {
        return view;
    }

    /** Over the order list, skipping entries that left; a put while reading fails as a map's would. */
    private final class Present implements Iterator<EntityEntry> {
        private final Iterator<EntityEntry> all = order.iterator();
        private EntityEntry next;

        @Override
        public boolean hasNext() {
            while (next == null && all.hasNext()) {
                EntityEntry e = all.next();
                if (e.present) {
                    next = e;
                }
            }
            return next != null;
        }

        @Override
        public EntityEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            EntityEntry e = next;
            next = null;
            return e;
        }
    }
}
