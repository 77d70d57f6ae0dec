package dev.metalorm.session;

import dev.metalorm.metadata.ColumnModel;
import java.util.List;

/**
 * A pending "these foreign-key columns refer to that entity" (or to nothing, when the parent is
 * null), set by a relation wrapper and applied at flush once the parent has its key. The parent's
 * entry when it was linked, if the session held it then, saves looking it up again at flush; it
 * counts only while the session still holds it.
 */
record Link(List<ColumnModel> foreignKey, Object parent, EntityEntry parentEntry, List<ColumnModel> parentKey) {
    Link {
        foreignKey = List.copyOf(foreignKey);
        parentKey = List.copyOf(parentKey);
    }
}
