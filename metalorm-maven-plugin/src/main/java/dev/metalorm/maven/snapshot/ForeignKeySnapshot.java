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
 * @param declared true for a constraint the database declares; false for a key the schema does not declare that
 *        the run adds: a suggestion accepted by {@code metalorm.inferRelations}, or a pom {@code <relation>} with
 *        {@code <references>}; such a key's name is {@link #UNDECLARED_PREFIX} and its columns
 */
public record ForeignKeySnapshot(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onUpdate,
        ReferentialAction onDelete,
        boolean declared) {

    /** How the name of a key the database does not declare starts ({@code ~post_author}): no constraint name can clash. */
    public static final String UNDECLARED_PREFIX = "~";

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

    /** A constraint the database declares. */
    public ForeignKeySnapshot(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                              ReferentialAction onUpdate, ReferentialAction onDelete) {
        this(name, columns, referencedTable, referencedColumns, onUpdate, onDelete, true);
    }

    /** A key the database does not declare, named {@code ~} and its columns joined with ",". */
    public static ForeignKeySnapshot undeclared(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKeySnapshot(UNDECLARED_PREFIX + String.join(",", columns), columns, referencedTable, referencedColumns,
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false);
    }
}
