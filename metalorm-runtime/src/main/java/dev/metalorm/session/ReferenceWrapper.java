package dev.metalorm.session;

import dev.metalorm.metadata.RelationModel;
import java.util.List;

/** What the two single-valued wrappers share: their value, how it is read and handed to include. */
abstract class ReferenceWrapper<T> extends RelationWrapper {
    Object value;

    ReferenceWrapper(UnitOfWork session, EntityEntry owner, RelationModel relation) {
        super(session, owner, relation);
    }

    @SuppressWarnings("unchecked")
    public T load() {
        requireSession();
        ensureLoaded();
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        requireLoaded();
        return (T) value;
    }

    @Override
    void unload() {
        super.unload();
        value = null;
    }

    @Override
    List<Object> targets() {
        return value == null ? List.of() : List.of(value);
    }
}
