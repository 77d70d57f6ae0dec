package dev.metalorm.session;

import dev.metalorm.metadata.ColumnModel;
import java.util.List;

/**
 * A pending "these foreign-key columns refer to that entity" (or to nothing, when the parent is
 * null), set by a relation wrapper and applied at flush once the parent has its key.
 */
record Link(List<ColumnModel> foreignKey, Object parent, List<ColumnModel> parentKey) {
    Link {
        foreignKey = List.copyOf(foreignKey);
        parentKey = List.copyOf(parentKey);
    }
}
