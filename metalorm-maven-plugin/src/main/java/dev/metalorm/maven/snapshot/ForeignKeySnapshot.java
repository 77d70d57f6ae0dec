package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * One foreign key, composite keys as one unit: {@code columns.get(i)} refers to {@code referencedColumns.get(i)}.
 *
 * @param name constraint name
 * @param columns the referencing columns of the owning table, in key order
 * @param referencedTable the referenced table (always in the same snapshot's schema; keys to other schemas are left out)
 * @param referencedColumns the referenced columns, in key order
 * @param onUpdate update rule
 * @param onDelete delete rule
 */
public record ForeignKeySnapshot(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onUpdate,
        ReferentialAction onDelete) {

    public ForeignKeySnapshot {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(onDelete, "onDelete");
        if (columns.size() != referencedColumns.size() || columns.isEmpty()) {
            throw new IllegalArgumentException("Foreign key " + name + " pairs " + columns + " with " + referencedColumns);
        }
    }
}
