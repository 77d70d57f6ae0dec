package dev.metalorm.relation;

import dev.metalorm.RelationNotLoadedException;

/**
 * The reference of a new entity before it is persisted: a belongsTo or a hasOne, and what
 * {@code set} gave it. A new row's hasOne is known to be empty; its belongsTo is known only once
 * set, since the foreign-key field may have been set directly.
 */
final class UnattachedReference<T> implements BelongsToReference<T>, HasOneReference<T>, Unattached {
    private final boolean belongsTo;
    private boolean set;
    private T value;
    private Object live;

    UnattachedReference(boolean belongsTo) {
        this.belongsTo = belongsTo;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void attachTo(Object wrapper) {
        if (set) {
            if (belongsTo) {
                ((BelongsToReference<T>) wrapper).set(value);
            } else {
                ((HasOneReference<T>) wrapper).set(value);
            }
        }
        value = null;
        live = wrapper;
    }

    @Override
    public boolean attached() {
        return live != null;
    }

    @SuppressWarnings("unchecked")
    private BelongsToReference<T> belongsToLive() {
        return (BelongsToReference<T>) live;
    }

    @SuppressWarnings("unchecked")
    private HasOneReference<T> hasOneLive() {
        return (HasOneReference<T>) live;
    }

    @Override
    public T load() {
        if (live != null) {
            return belongsTo ? belongsToLive().load() : hasOneLive().load();
        }
        return get();
    }

    @Override
    public T get() {
        if (live != null) {
            return belongsTo ? belongsToLive().get() : hasOneLive().get();
        }
        if (belongsTo && !set) {
            throw new RelationNotLoadedException("This reference belongs to a new entity that is in no session yet and was not"
                    + " set(), so what its foreign key refers to is not known. Call set(...) or persist the entity and load() it.");
        }
        return value;
    }

    @Override
    public void set(T target) {
        if (live != null) {
            if (belongsTo) {
                belongsToLive().set(target);
            } else {
                hasOneLive().set(target);
            }
            return;
        }
        value = target;
        set = true;
    }

    @Override
    public boolean isLoaded() {
        if (live != null) {
            return belongsTo ? belongsToLive().isLoaded() : hasOneLive().isLoaded();
        }
        return set || !belongsTo;
    }

    @Override
    public String toString() {
        return live != null ? live.toString() : isLoaded() ? String.valueOf(value) : "[not loaded]";
    }
}
