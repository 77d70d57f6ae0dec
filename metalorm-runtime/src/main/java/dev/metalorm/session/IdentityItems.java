package dev.metalorm.session;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The items of a collection wrapper, and its pending changes: a list that goes by instance, whose
 * iterators see the items as they were when taken (so that {@code for (Post p : posts.load())
 * session.remove(p)} works), like a copy-on-write list but copying only when a change follows an
 * iteration, and answering "is this instance in?" from an identity index once the list is long.
 * A copy-on-write list and a linear scan made adding n children to one parent O(n²): 40,000 took
 * three seconds.
 */
final class IdentityItems extends AbstractList<Object> implements RandomAccess {
    /** Below this many items a scan is cheaper than keeping the index. */
    private static final int INDEXED_FROM = 16;
    private static final Object[] EMPTY = {};

    private Object[] elements = EMPTY;
    private int size;
    /** Whether an iterator may still read {@link #elements}: the next change works on a copy. */
    private boolean shared;
    /** How many times each instance is in, once the list is long; null before. */
    private IdentityHashMap<Object, Integer> counts;
    /** Told whenever an instance comes in (the session's index of who holds what is stale then). */
    private final Runnable onAdd;

    /** @param onAdd run whenever an instance is added, or null */
    IdentityItems(Runnable onAdd) {
        this.onAdd = onAdd;
    }

    IdentityItems() {
        this(null);
    }

    @Override
    public Object get(int index) {
        Objects.checkIndex(index, size);
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(Object o) {
        writable(size + 1);
        elements[size++] = o;
        added(o);
        modCount++;
        return true;
    }

    @Override
    public void add(int index, Object o) {
        Objects.checkIndex(index, size + 1);
        writable(size + 1);
        System.arraycopy(elements, index, elements, index + 1, size - index);
        elements[index] = o;
        size++;
        added(o);
        modCount++;
    }

    @Override
    public boolean addAll(Collection<?> c) {
        Object[] more = c.toArray();
        if (more.length == 0) {
            return false;
        }
        writable(size + more.length);
        System.arraycopy(more, 0, elements, size, more.length);
        size += more.length;
        if (onAdd != null) {
            onAdd.run();
        }
        if (counts != null) {
            for (Object o : more) {
                counts.merge(o, 1, Integer::sum);
            }
        } else {
            indexIfLong();
        }
        modCount++;
        return true;
    }

    @Override
    public Object set(int index, Object o) {
        Objects.checkIndex(index, size);
        writable(size);
        Object old = elements[index];
        elements[index] = o;
        removed(old);
        added(o);
        return old;
    }

    @Override
    public Object remove(int index) {
        Objects.checkIndex(index, size);
        writable(size);
        Object old = elements[index];
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
        removed(old);
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        elements = EMPTY;
        size = 0;
        shared = false;
        counts = null;
        modCount++;
    }

    /** Whether this very instance is in (not an equal one). */
    boolean containsInstance(Object o) {
        if (counts != null) {
            return counts.containsKey(o);
        }
        for (int i = 0; i < size; i++) {
            if (elements[i] == o) {
                return true;
            }
        }
        return false;
    }

    /** Removes the first occurrence of this very instance; whether it was in. */
    boolean removeInstance(Object o) {
        if (counts != null && !counts.containsKey(o)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (elements[i] == o) {
                remove(i);
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<Object> iterator() {
        return size == 0 ? Collections.emptyIterator() : snapshot().iterator(); // most lists of a big session are empty
    }

    @Override
    public ListIterator<Object> listIterator(int index) {
        return snapshot().listIterator(index);
    }

    @Override
    public Spliterator<Object> spliterator() {
        return snapshot().spliterator();
    }

    @Override
    public void forEach(Consumer<? super Object> action) {
        snapshot().forEach(action);
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, size);
    }

    /** The items as they are now; later changes to this list work on a copy and do not show in it. */
    private List<Object> snapshot() {
        shared = size > 0;
        return Collections.unmodifiableList(Arrays.asList(elements).subList(0, size));
    }

    private void writable(int capacity) {
        if (shared || capacity > elements.length) {
            int grown = capacity > elements.length ? Math.max(capacity, elements.length + (elements.length >> 1) + 4) : elements.length;
            elements = Arrays.copyOf(elements, grown);
            shared = false;
        }
    }

    private void added(Object o) {
        if (onAdd != null) {
            onAdd.run();
        }
        if (counts != null) {
            counts.merge(o, 1, Integer::sum);
        } else {
            indexIfLong();
        }
    }

    private void indexIfLong() {
        if (size >= INDEXED_FROM) {
            counts = new IdentityHashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                counts.merge(elements[i], 1, Integer::sum);
            }
        }
    }

    private void removed(Object o) {
        if (counts != null) {
            counts.computeIfPresent(o, (k, n) -> n == 1 ? null : n - 1);
        }
    }
}
