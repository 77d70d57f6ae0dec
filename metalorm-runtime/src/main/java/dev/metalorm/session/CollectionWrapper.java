package dev.metalorm.session;

import dev.metalorm.metadata.RelationModel;
import java.util.Collections;
import java.util.List;

/** What the two collection wrappers share: their items, how they are read and handed to include. */
abstract class CollectionWrapper<T> extends RelationWrapper {
    /**
     * Iterated as a snapshot, so that the lists handed out (views of it) can be iterated while the
     * session changes it: {@code for (Post p : user.getPosts().load()) session.remove(p)} takes each
     * post out of this very collection.
     */
    final List<Object> items = new IdentityItems(session.onHoldingsChanged);

    CollectionWrapper(UnitOfWork session, EntityEntry owner, RelationModel relation) {
        super(session, owner, relation);
    }

    @SuppressWarnings("unchecked")
    public List<T> load() {
        requireSession();
        ensureLoaded();
        return (List<T>) Collections.unmodifiableList(items);
    }

    @SuppressWarnings("unchecked")
    public List<T> getItems() {
        requireLoaded();
        return (List<T>) Collections.unmodifiableList(items);
    }

    @Override
    List<Object> targets() {
        return List.copyOf(items);
    }

    @Override
    void unload() {
        super.unload();
        items.clear();
    }

    /** Whether the items are only the part of the relation a filtered include selected. */
    public boolean isFiltered() {
        return loaded && filtered;
    }
}
