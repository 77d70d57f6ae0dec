package dev.metalorm.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table declared with {@link Schema#defineTable}: its columns and relations. Immutable; rows of
 * it are {@link Row}s, made with {@link #newRow()} or returned by sessions.
 */
public final class TableDefinition {
    private final String name;
    private final String schema;
    private final List<ColumnDef> columns;
    private final List<RelationDef> relations;

    TableDefinition(String name, List<ColumnDef> columns, List<RelationDef> relations) {
        this(name, "", columns, relations);
    }

    private TableDefinition(String name, String schema, List<ColumnDef> columns, List<RelationDef> relations) {
        this.name = Objects.requireNonNull(name, "name");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.columns = List.copyOf(columns);
        this.relations = List.copyOf(relations);
    }

    public String name() {
        return name;
    }

    /** The schema (database on MySQL/MariaDB) qualifying the table; empty for the connection's current one. */
    public String schema() {
        return schema;
    }

    /**
     * This table in another schema (a database on MySQL/MariaDB): every statement names it
     * {@code "schema"."table"}. Relations to it are given as before, by supplier.
     */
    public TableDefinition inSchema(String schemaName) {
        if (schemaName == null || schemaName.isBlank()) {
            throw new IllegalArgumentException("defineTable(\"" + name + "\").inSchema needs a schema name");
        }
        return new TableDefinition(name, schemaName, columns, relations);
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public List<RelationDef> relations() {
        return relations;
    }

    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    int relationIndex(String relation) {
        for (int i = 0; i < relations.size(); i++) {
            if (relations.get(i).name().equals(relation)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<ColumnDef> column(String column) {
        int i = columnIndex(column);
        return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
    }

    /** A new, empty row of this table, to fill and persist. */
    public Row newRow() {
        return new Row(this);
    }

    @Override
    public String toString() {
        return "defineTable(\"" + name + "\")" + (schema.isEmpty() ? "" : ".inSchema(\"" + schema + "\")");
    }
}
