package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the generator knows about one schema, read once and never changed. Tables are sorted
 * by name; each table's columns by position; keys by name.
 *
 * @param product database product as the generator names it ("MariaDB", "MySQL", "PostgreSQL", "H2", or the JDBC product name)
 * @param productVersion the server's version, e.g. "10.11.19"
 * @param schema the schema (PostgreSQL, H2) or database (MySQL/MariaDB) that was read, as the database spells it
 * @param tables the tables (and views, when asked for) that passed the filters
 * @param foreignKeysElsewhere the tables' foreign keys to tables of other schemas or databases, sorted by table and
 *        name: no relation, one warning each
 * @param connectionDefault whether {@code schema} is the connection's current schema (database), so that unqualified
 *        table names in statements on such a connection reach its tables; false when another one was asked for
 */
public record SchemaSnapshot(String product, String productVersion, String schema, List<TableSnapshot> tables,
                             List<ForeignKeyElsewhere> foreignKeysElsewhere, boolean connectionDefault) {
    public SchemaSnapshot {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(schema, "schema");
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        foreignKeysElsewhere = List.copyOf(Objects.requireNonNull(foreignKeysElsewhere, "foreignKeysElsewhere"));
    }

    /** The connection's current schema, whose tables refer to no other schema. */
    public SchemaSnapshot(String product, String productVersion, String schema, List<TableSnapshot> tables) {
        this(product, productVersion, schema, tables, List.of(), true);
    }

    /** The connection's current schema. */
    public SchemaSnapshot(String product, String productVersion, String schema, List<TableSnapshot> tables,
                          List<ForeignKeyElsewhere> foreignKeysElsewhere) {
        this(product, productVersion, schema, tables, foreignKeysElsewhere, true);
    }

    /** The same schema with other tables. */
    public SchemaSnapshot withTables(List<TableSnapshot> other) {
        return new SchemaSnapshot(product, productVersion, schema, other, foreignKeysElsewhere, connectionDefault);
    }

    /** The same schema with no enum values on any column: what {@code metalorm.generateEnums=false} generates from. */
    public SchemaSnapshot withoutEnumTypes() {
        return withTables(tables.stream().map(t -> new TableSnapshot(t.name(), t.kind(), t.comment(),
                t.columns().stream().map(c -> c.withEnumType(null)).toList(), t.primaryKey(), t.foreignKeys(), t.uniqueKeys(),
                t.indexes())).toList());
    }

    public Optional<TableSnapshot> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
