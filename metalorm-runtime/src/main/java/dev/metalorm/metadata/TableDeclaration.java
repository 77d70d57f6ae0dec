package dev.metalorm.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A table as a source declared it, before resolution and validation by {@link ModelBuilder}.
 *
 * @param name table name
 * @param schema the schema (database on MySQL/MariaDB) qualifying the name, empty for the connection's current one
 * @param source for messages: the class name or {@code defineTable("posts")}
 * @param javaType the entity class, or {@code Row}
 * @param classMapped whether {@code javaType} is an entity class mapping only this table (not {@code Row})
 * @param columns in declaration order; accessor slots follow this order
 * @param relations in declaration order; accessor slots follow this order
 * @param accessor reads and writes instances
 */
public record TableDeclaration(String name, String schema, String source, Class<?> javaType, boolean classMapped, List<ColumnDeclaration> columns,
                               List<RelationDeclaration> relations, EntityAccessor accessor) {
    public TableDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(javaType, "javaType");
        columns = List.copyOf(columns);
        relations = List.copyOf(relations);
        Objects.requireNonNull(accessor, "accessor");
    }
}
