package dev.metalorm.schema;

import dev.metalorm.annotation.Cascade;
import dev.metalorm.metadata.RelationKind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A relation of a {@code defineTable} table, made by {@link Schema#hasMany}, {@link Schema#hasOne},
 * {@link Schema#belongsTo} or {@link Schema#belongsToMany}. The target (and pivot) are suppliers,
 * read only when the {@code MetalOrm} is built, so a table may refer to one declared later.
 */
public record RelationDef(String name, RelationKind kind, Supplier<TableDefinition> target, Supplier<TableDefinition> pivot,
                          List<String> foreignKey, List<String> localKey, List<String> targetKey,
                          List<String> pivotForeignKeyToRoot, List<String> pivotForeignKeyToTarget, List<Cascade> cascade)
        implements TablePart {
    public RelationDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        foreignKey = List.copyOf(foreignKey);
        localKey = List.copyOf(localKey);
        targetKey = List.copyOf(targetKey);
        pivotForeignKeyToRoot = List.copyOf(pivotForeignKeyToRoot);
        pivotForeignKeyToTarget = List.copyOf(pivotForeignKeyToTarget);
        cascade = List.copyOf(cascade);
    }

    /** The owner's columns referred to (hasMany, hasOne, belongsToMany); its primary key by default. */
    public RelationDef localKey(String... columns) {
        return new RelationDef(name, kind, target, pivot, foreignKey, Arrays.asList(columns), targetKey,
                pivotForeignKeyToRoot, pivotForeignKeyToTarget, cascade);
    }

    /** The target's columns referred to (belongsTo, belongsToMany); its primary key by default. */
    public RelationDef targetKey(String... columns) {
        return new RelationDef(name, kind, target, pivot, foreignKey, localKey, Arrays.asList(columns),
                pivotForeignKeyToRoot, pivotForeignKeyToTarget, cascade);
    }

    public RelationDef cascade(Cascade... values) {
        return new RelationDef(name, kind, target, pivot, foreignKey, localKey, targetKey,
                pivotForeignKeyToRoot, pivotForeignKeyToTarget, Arrays.asList(values));
    }
}
