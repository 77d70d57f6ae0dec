package dev.metalorm.metadata;

import java.util.List;

/**
 * A resolved, validated relation between two tables. Key lists are never empty: a key left out
 * in the declaration is filled with the referenced table's primary key.
 */
public sealed interface RelationModel
        permits RelationModel.HasMany, RelationModel.HasOne, RelationModel.BelongsTo, RelationModel.BelongsToMany {

    /** The field (annotations) or key (defineTable) the relation is declared under. */
    String name();

    /** The table declaring the relation. */
    String owner();

    /** The table on the other side. */
    String target();

    Cascades cascade();

    /** Position in {@link TableModel#relations()}, also the accessor's slot. */
    int index();

    /**
     * The target's {@code foreignKey} columns refer to the owner's {@code localKey}.
     */
    record HasMany(int index, String name, String owner, String target, List<String> foreignKey,
                   List<String> localKey, Cascades cascade) implements RelationModel {
        public HasMany {
            foreignKey = List.copyOf(foreignKey);
            localKey = List.copyOf(localKey);
        }
    }

    /** Like {@link HasMany}, with at most one target row per owner. */
    record HasOne(int index, String name, String owner, String target, List<String> foreignKey,
                  List<String> localKey, Cascades cascade) implements RelationModel {
        public HasOne {
            foreignKey = List.copyOf(foreignKey);
            localKey = List.copyOf(localKey);
        }
    }

    /** The owner's {@code foreignKey} columns refer to the target's {@code targetKey}. */
    record BelongsTo(int index, String name, String owner, String target, List<String> foreignKey,
                     List<String> targetKey, Cascades cascade) implements RelationModel {
        public BelongsTo {
            foreignKey = List.copyOf(foreignKey);
            targetKey = List.copyOf(targetKey);
        }
    }

    /**
     * Rows of {@code pivot} join the owner ({@code pivotForeignKeyToRoot} → {@code localKey}) to the
     * target ({@code pivotForeignKeyToTarget} → {@code targetKey}).
     */
    record BelongsToMany(int index, String name, String owner, String target, String pivot,
                         List<String> pivotForeignKeyToRoot, List<String> pivotForeignKeyToTarget,
                         List<String> localKey, List<String> targetKey, Cascades cascade) implements RelationModel {
        public BelongsToMany {
            pivotForeignKeyToRoot = List.copyOf(pivotForeignKeyToRoot);
            pivotForeignKeyToTarget = List.copyOf(pivotForeignKeyToTarget);
            localKey = List.copyOf(localKey);
            targetKey = List.copyOf(targetKey);
        }
    }
}
