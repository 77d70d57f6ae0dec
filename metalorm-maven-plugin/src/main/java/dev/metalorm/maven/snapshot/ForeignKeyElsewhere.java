package dev.metalorm.maven.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a table that was read, to a table in another schema (PostgreSQL, H2) or database (MySQL/MariaDB).
 * The entities of one run are one schema's, so it gives no relation; it is kept so that the run can say so, once per
 * key (issue 16 item 14).
 *
 * @param table the table that owns the key
 * @param name the constraint's name
 * @param columns the key's columns in key order
 * @param referencedSchema the schema or database of the referenced table
 * @param referencedTable the referenced table
 */
public record ForeignKeyElsewhere(String table, String name, List<String> columns, String referencedSchema, String referencedTable) {
    public ForeignKeyElsewhere {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        Objects.requireNonNull(referencedSchema, "referencedSchema");
        Objects.requireNonNull(referencedTable, "referencedTable");
    }

    /** {@code orders.customer_id -> billing.customers}; composite keys as {@code orders.(a, b) -> s.t}. */
    public String describe() {
        String cols = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
        return table + "." + cols + " -> " + referencedSchema + "." + referencedTable;
    }
}
