package dev.metalorm.session;

import dev.metalorm.metadata.RelationModel;
import dev.metalorm.metadata.TableModel;
import dev.metalorm.relation.HasOneReference;
import java.util.List;
import java.util.Map;

/** The session's {@link HasOneReference}: the one row whose foreign key refers to the owner. */
final class LiveHasOne<T> extends ReferenceWrapper<T> implements HasOneReference<T> {
    LiveHasOne(UnitOfWork session, EntityEntry owner, RelationModel.HasOne relation) {
        super(session, owner, relation);
    }

    private RelationModel.HasOne rel() {
        return (RelationModel.HasOne) relation;
    }

    @Override
    void loaded(List<Object> targets, List<Map<String, Object>> pivotValues) {
        value = targets.isEmpty() ? null : targets.get(0);
        session.holdingsChanged();
        loaded = true;
    }

    @Override
    void forgetRemoved(Object target) {
        if (value == target) {
            value = null;
        }
    }

    @Override
    public void set(T other) {
        session.enterCall();
        try {
            requireSession();
            if (other != null) {
                requireTarget(other);
            }
            ensureLoaded();
            Object previous = value;
            if (previous == other) {
                return;
            }
            if (previous != null) {
                LiveHasMany.unlink(this, previous, rel().target(), rel().foreignKey(), rel().cascade().remove());
            }
            if (other != null) {
                session.persistIfNew(other);
                TableModel target = session.model().table(rel().target());
                session.link(other, target.columns(rel().foreignKey()), owner.entity, owner.table.columns(rel().localKey()));
            }
            value = other;
            session.holdingsChanged();
        } finally {
            session.exitCall();
        }
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public String toString() {
        return loaded ? String.valueOf(value) : "[not loaded]";
    }
}
