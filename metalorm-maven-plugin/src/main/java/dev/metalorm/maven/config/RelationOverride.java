package dev.metalorm.maven.config;

import java.util.List;
import java.util.Objects;

/**
 * Names for the relations that come from one foreign key, and for keys the database does not declare,
 * whether there is one.
 *
 * @param table the table that owns the foreign key (the child, or the junction)
 * @param foreignKey the constraint name, or its columns joined with ","
 * @param name the belongsTo field on {@code table}, or null for the naming rule
 * @param inverseName the hasMany/hasOne field on the referenced table, or null for the naming rule
 * @param manyToManyName when {@code table} is a junction: the belongsToMany field on the table this key refers to, or null
 * @param references the table the columns refer to although the database declares no such key (a relation added in
 *        the pom), or null
 * @param referencedColumns with {@code references}: the referenced columns, empty for the target's primary key
 * @param inferred what to do with the relation suggested on these columns ({@code metalorm.inferRelations}), or null
 */
public record RelationOverride(String table, String foreignKey, String name, String inverseName, String manyToManyName,
                               String references, List<String> referencedColumns, InferredChoice inferred) {
    public RelationOverride {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
        referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
    }

    /** Names only. */
    public RelationOverride(String table, String foreignKey, String name, String inverseName, String manyToManyName) {
        this(table, foreignKey, name, inverseName, manyToManyName, null, List.of(), null);
    }

    /** The columns this override names, when {@link #foreignKey} is a column list rather than a constraint name. */
    public List<String> columns() {
        return List.of(foreignKey.replace(" ", "").split(","));
    }
}
