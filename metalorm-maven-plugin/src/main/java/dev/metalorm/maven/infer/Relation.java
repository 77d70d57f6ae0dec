package dev.metalorm.maven.infer;

import java.util.List;
import java.util.Objects;

/**
 * One inferred relation, seen from the entity that gets the field. Column lists follow MetalORM's
 * options; lists that do not apply to a kind are empty, names that do not apply are null.
 *
 * <ul>
 *   <li>BELONGS_TO: {@code foreignKey} = owner's columns, {@code targetKey} = target's referenced columns.</li>
 *   <li>HAS_MANY / HAS_ONE: {@code foreignKey} = target's columns, {@code localKey} = owner's referenced columns.</li>
 *   <li>BELONGS_TO_MANY: {@code pivotTable}, {@code pivotForeignKeyToRoot} (pivot columns referring to the owner),
 *       {@code pivotForeignKeyToTarget}, {@code localKey} = owner's referenced columns,
 *       {@code targetKey} = target's referenced columns.</li>
 * </ul>
 *
 * @param kind the kind
 * @param table the owner: the table whose entity gets the field
 * @param targetTable the table on the other side
 * @param foreignKeyName the foreign key this relation comes from; for BELONGS_TO_MANY the pivot's key to the owner
 * @param targetForeignKeyName for BELONGS_TO_MANY the pivot's key to the target, else null
 * @param foreignKey see above
 * @param localKey see above
 * @param targetKey see above
 * @param pivotTable for BELONGS_TO_MANY the junction table, else null
 * @param pivotForeignKeyToRoot see above
 * @param pivotForeignKeyToTarget see above
 * @param reason why it was inferred
 */
public record Relation(
        RelationKind kind,
        String table,
        String targetTable,
        String foreignKeyName,
        String targetForeignKeyName,
        List<String> foreignKey,
        List<String> localKey,
        List<String> targetKey,
        String pivotTable,
        List<String> pivotForeignKeyToRoot,
        List<String> pivotForeignKeyToTarget,
        Reason reason) {

    public Relation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(foreignKeyName, "foreignKeyName");
        foreignKey = List.copyOf(foreignKey);
        localKey = List.copyOf(localKey);
        targetKey = List.copyOf(targetKey);
        pivotForeignKeyToRoot = List.copyOf(pivotForeignKeyToRoot);
        pivotForeignKeyToTarget = List.copyOf(pivotForeignKeyToTarget);
        Objects.requireNonNull(reason, "reason");
        if ((kind == RelationKind.BELONGS_TO_MANY) != (pivotTable != null)) {
            throw new IllegalArgumentException("pivotTable is for BELONGS_TO_MANY only: " + kind + " " + table + " -> " + targetTable);
        }
    }

    /**
     * Whether the database declares the foreign key(s) this relation comes from; false for a relation
     * suggested by {@code metalorm.inferRelations} or added by a pom {@code <relation>} with
     * {@code <references>} (their keys are named {@link dev.metalorm.maven.snapshot.ForeignKeySnapshot#UNDECLARED_PREFIX}...).
     */
    public boolean declared() {
        String prefix = dev.metalorm.maven.snapshot.ForeignKeySnapshot.UNDECLARED_PREFIX;
        return !foreignKeyName.startsWith(prefix) && (targetForeignKeyName == null || !targetForeignKeyName.startsWith(prefix));
    }

    /**
     * A key that identifies this relation across runs: owner table, kind and the foreign key(s) it
     * comes from. Used for overrides, the name lock file and ordering.
     */
    public String key() {
        String source = kind == RelationKind.BELONGS_TO_MANY
                ? pivotTable + "." + foreignKeyName + ">" + targetForeignKeyName
                : (kind == RelationKind.BELONGS_TO ? table : targetTable) + "." + foreignKeyName;
        return table + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + source;
    }
}
