package dev.metalorm.maven.config;

import java.util.Objects;

/**
 * Names for the relations that come from one foreign key.
 *
 * @param table the table that owns the foreign key (the child, or the junction)
 * @param foreignKey the constraint name, or its columns joined with ","
 * @param name the belongsTo field on {@code table}, or null for the naming rule
 * @param inverseName the hasMany/hasOne field on the referenced table, or null for the naming rule
 * @param manyToManyName when {@code table} is a junction: the belongsToMany field on the table this key refers to, or null
 */
public record RelationOverride(String table, String foreignKey, String name, String inverseName, String manyToManyName) {
    public RelationOverride {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }
}
